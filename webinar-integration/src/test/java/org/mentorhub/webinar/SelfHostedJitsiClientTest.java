package org.mentorhub.webinar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelfHostedJitsiClientTest {

  private static final String SECRET = "0123456789abcdef0123456789abcdef-mentorhub";
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static SelfHostedJitsiClient.Builder builder() {
    return JitsiClient.selfHosted().domain("Meet.Example.org").appId("mentorhub").clock(CLOCK);
  }

  private static JoinRequest request(String room, boolean moderator) {
    return new JoinRequest(
        room, JitsiUser.of("member-42", "Ada Mentor"), moderator, NOW, NOW.plusSeconds(1800));
  }

  @Test
  void hs256TokenFollowsTheProsodyTokenPluginAndVerifiesWithTheSecret() {
    SelfHostedJitsiClient client = builder().appSecret(SECRET).build();

    DecodedJwt jwt = DecodedJwt.decode(client.joinToken(request("Mentor-Circle", true)));

    assertThat(jwt.verifiesWithHmac(SECRET)).isTrue();
    assertThat(jwt.verifiesWithHmac(SECRET + "x")).isFalse();
    assertThat(jwt.header()).isEqualTo(Map.of("alg", "HS256", "typ", "JWT"));
    assertThat(jwt.claims())
        .containsEntry("iss", "mentorhub")
        .containsEntry("aud", "jitsi")
        .containsEntry("sub", "meet.example.org")
        .containsEntry("room", "mentor-circle")
        .containsEntry("nbf", NOW.getEpochSecond())
        .containsEntry("exp", NOW.plusSeconds(1800).getEpochSecond())
        .containsEntry("moderator", true);
    assertThat(jwt.context("user")).containsEntry("moderator", "true");
  }

  @Test
  void participantIsNotModeratorInEitherClaim() {
    SelfHostedJitsiClient client = builder().appSecret(SECRET).build();

    DecodedJwt jwt = DecodedJwt.decode(client.joinToken(request("room", false)));

    assertThat(jwt.claims()).containsEntry("moderator", false);
    assertThat(jwt.context("user")).containsEntry("moderator", "false");
    assertThat(jwt.context("features"))
        .allSatisfy((name, value) -> assertThat(value).isEqualTo("false"));
  }

  @Test
  void rs256TokenNamesTheKeyForTheAsapKeyServer() {
    SelfHostedJitsiClient client =
        builder()
            .privateKeyPem(TestKeys.pkcs1Pem(TestKeys.RSA.getPrivate()), "mentorhub/2025-03")
            .build();

    DecodedJwt jwt = DecodedJwt.decode(client.joinToken(request("room", false)));

    assertThat(jwt.verifiesWithRsa(TestKeys.RSA.getPublic())).isTrue();
    assertThat(jwt.header())
        .isEqualTo(Map.of("alg", "RS256", "kid", "mentorhub/2025-03", "typ", "JWT"));
  }

  @Test
  void linkOpensTheLowercasedRoomOnTheDomain() {
    JoinLink link = builder().appSecret(SECRET).build().joinLink(request("Mentor-Circle", false));

    assertThat(link.url())
        .hasToString("https://Meet.Example.org/mentor-circle?jwt=" + link.token());
    assertThat(link.moderator()).isFalse();
  }

  @Test
  void portStaysInTheLinkButNotInTheSubject() {
    SelfHostedJitsiClient client =
        JitsiClient.selfHosted()
            .domain("localhost:8443")
            .appId("mentorhub")
            .appSecret(SECRET)
            .clock(CLOCK)
            .build();

    JoinLink link = client.joinLink(request("room", false));

    assertThat(link.url().toString()).startsWith("https://localhost:8443/room?jwt=");
    assertThat(DecodedJwt.decode(link.token()).claims()).containsEntry("sub", "localhost");
  }

  @Test
  void rejectsMisconfiguration() {
    assertThatThrownBy(() -> builder().appSecret("short").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(
            () ->
                builder()
                    .appSecret(SECRET)
                    .privateKeyPem(TestKeys.pkcs8Pem(TestKeys.RSA.getPrivate()), "k")
                    .build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                JitsiClient.selfHosted()
                    .domain("https://meet.example.org")
                    .appId("mentorhub")
                    .appSecret(SECRET)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host name");
    assertThatThrownBy(() -> JitsiClient.selfHosted().domain("meet.example.org").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("appId");
  }
}
