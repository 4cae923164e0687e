package org.mentorhub.webinar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JaasClientTest {

  private static final String APP_ID = "vpaas-magic-cookie-1fc542a3e4414a44b2611668195e2bfe";
  private static final String KEY_ID = "4f4910";
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final JitsiUser ADA =
      new JitsiUser("member-42", "Ada Mentor", "ada@example.org", "https://example.org/ada.png");

  private static JaasClient.Builder builder() {
    return JitsiClient.jaas()
        .appId(APP_ID)
        .keyId(KEY_ID)
        .privateKeyPem(TestKeys.pkcs8Pem(TestKeys.RSA.getPrivate()))
        .clock(CLOCK);
  }

  private static JoinRequest request(String room, boolean moderator) {
    return new JoinRequest(room, ADA, moderator, NOW.minusSeconds(60), NOW.plusSeconds(3600));
  }

  @Test
  void joinTokenCarriesTheDocumentedHeaderAndClaimsAndVerifiesWithThePublicKey() {
    String token = builder().build().joinToken(request("mentor-circle", false));

    DecodedJwt jwt = DecodedJwt.decode(token);
    assertThat(jwt.verifiesWithRsa(TestKeys.RSA.getPublic())).isTrue();
    assertThat(jwt.header())
        .isEqualTo(Map.of("alg", "RS256", "kid", APP_ID + "/" + KEY_ID, "typ", "JWT"));
    assertThat(jwt.claims())
        .containsEntry("aud", "jitsi")
        .containsEntry("iss", "chat")
        .containsEntry("sub", APP_ID)
        .containsEntry("room", "mentor-circle")
        .containsEntry("nbf", NOW.minusSeconds(60).getEpochSecond())
        .containsEntry("exp", NOW.plusSeconds(3600).getEpochSecond())
        .doesNotContainKey("moderator");
    assertThat(jwt.context("user"))
        .isEqualTo(
            Map.of(
                "id", "member-42",
                "name", "Ada Mentor",
                "email", "ada@example.org",
                "avatar", "https://example.org/ada.png",
                "moderator", "false"));
  }

  @Test
  void participantTokenListsEveryFeatureAsTheStringFalse() {
    DecodedJwt jwt = DecodedJwt.decode(builder().build().joinToken(request("room", false)));

    assertThat(jwt.context("features"))
        .hasSize(MeetingFeature.values().length)
        .allSatisfy((name, value) -> assertThat(value).isEqualTo("false"));
  }

  @Test
  void moderatorTokenGrantsExactlyTheConfiguredFeatures() {
    JaasClient client =
        builder()
            .moderatorFeatures(Set.of(MeetingFeature.RECORDING, MeetingFeature.OUTBOUND_CALL))
            .build();

    DecodedJwt jwt = DecodedJwt.decode(client.joinToken(request("room", true)));

    assertThat(jwt.context("user")).containsEntry("moderator", "true");
    assertThat(jwt.context("features"))
        .containsEntry("recording", "true")
        .containsEntry("outbound-call", "true")
        .containsEntry("livestreaming", "false")
        .containsEntry("transcription", "false")
        .containsEntry("sip-outbound-call", "false");
  }

  @Test
  void moderatorGetsTheDefaultFeaturesUnlessConfigured() {
    DecodedJwt jwt = DecodedJwt.decode(builder().build().joinToken(request("room", true)));

    for (MeetingFeature feature : MeetingFeature.values()) {
      boolean expected = MeetingFeature.DEFAULT_MODERATOR_FEATURES.contains(feature);
      assertThat(jwt.context("features"))
          .containsEntry(feature.claimName(), String.valueOf(expected));
    }
  }

  @Test
  void pkcs1AndPkcs8KeysProduceTheSameVerifiableToken() {
    JaasClient pkcs8 = builder().build();
    JaasClient pkcs1 =
        builder().privateKeyPem(TestKeys.pkcs1Pem(TestKeys.RSA.getPrivate())).build();
    JoinRequest request = request("room", true);

    String fromPkcs1 = pkcs1.joinToken(request);

    assertThat(DecodedJwt.decode(fromPkcs1).verifiesWithRsa(TestKeys.RSA.getPublic())).isTrue();
    // RSASSA-PKCS1-v1_5 is deterministic, so the same key must give the same bytes.
    assertThat(fromPkcs1).isEqualTo(pkcs8.joinToken(request));
  }

  @Test
  void userFieldsThatAreAbsentAreLeftOutNotSentAsNull() {
    JoinRequest request =
        new JoinRequest(
            "room", JitsiUser.of("member-7", "Ben"), false, NOW, NOW.plus(Duration.ofHours(1)));

    DecodedJwt jwt = DecodedJwt.decode(builder().build().joinToken(request));

    assertThat(jwt.context("user")).containsOnlyKeys("id", "name", "moderator");
  }

  @Test
  void linkOpensTheRoomUnderTheAppIdWithTheTokenAsJwtParameter() {
    JoinLink link = builder().build().joinLink(request("Café-Room?x#1", true));

    assertThat(link.url())
        .hasToString("https://8x8.vc/" + APP_ID + "/Caf%C3%A9-Room%3Fx%231?jwt=" + link.token());
    assertThat(DecodedJwt.decode(link.token()).claims()).containsEntry("room", "Café-Room?x#1");
    assertThat(link.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(link.moderator()).isTrue();
    assertThat(link.toString()).doesNotContain(link.token());
  }

  @Test
  void wildcardRoomIsFineForATokenButNotForALink() {
    JaasClient client = builder().build();
    JoinRequest anyRoom = request(JoinRequest.ANY_ROOM, true);

    assertThat(DecodedJwt.decode(client.joinToken(anyRoom)).claims()).containsEntry("room", "*");
    assertThatThrownBy(() -> client.joinLink(anyRoom))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concrete room");
  }

  @Test
  void refusesToIssueATokenThatIsAlreadyExpired() {
    JoinRequest expired =
        new JoinRequest("room", ADA, false, NOW.minusSeconds(7200), NOW.minusSeconds(1));

    assertThatThrownBy(() -> builder().build().joinToken(expired))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void acceptsTheFullKidTheConsoleShowsAsKeyId() {
    JaasClient client = builder().keyId(APP_ID + "/" + KEY_ID).build();

    assertThat(DecodedJwt.decode(client.joinToken(request("room", false))).header())
        .containsEntry("kid", APP_ID + "/" + KEY_ID);
  }

  @Test
  void rejectsMisconfiguration() {
    assertThatThrownBy(() -> JitsiClient.jaas().appId("my-app"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vpaas-magic-cookie-");
    assertThatThrownBy(() -> builder().keyId("vpaas-magic-cookie-0ther/4f4910").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another app");
    assertThatThrownBy(() -> JitsiClient.jaas().appId(APP_ID).keyId(KEY_ID).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("privateKeyPem");
    assertThatThrownBy(() -> builder().privateKeyPem("not a key").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BEGIN PRIVATE KEY");
    assertThatThrownBy(
            () ->
                builder()
                    .privateKeyPem(
                        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                            + "-----END ENCRYPTED PRIVATE KEY-----")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Encrypted");
    String weakKey = TestKeys.pkcs8Pem(TestKeys.generate(1024).getPrivate());
    assertThatThrownBy(() -> builder().privateKeyPem(weakKey).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2048");
  }

  @Test
  void rejectsRoomNamesThatWouldBreakTheUrlOrTheXmppAddress() {
    for (String room : new String[] {"a/b", "a b", "a@b", " "}) {
      assertThatThrownBy(() -> request(room, false))
          .as(room)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
