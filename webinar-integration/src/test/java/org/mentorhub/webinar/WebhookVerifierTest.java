package org.mentorhub.webinar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorhub.webinar.WebhookVerificationException.Reason;

class WebhookVerifierTest {

  private static final String SECRET = "whsec_current0000000000000000000";
  private static final String OLD_SECRET = "whsec_previous000000000000000000";
  private static final long SIGNED_AT = 1_740_830_400L;
  private static final String BODY = TestResources.text("webhooks/PARTICIPANT_JOINED.json");

  private static WebhookVerifier verifierAt(long epochSecond, String... secrets) {
    return JitsiClient.webhookVerifier()
        .secrets(List.of(secrets))
        .clock(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC))
        .build();
  }

  /** The signature computed independently of the code under test. */
  private static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal((timestamp + "." + body).getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static String header(String... signatures) {
    StringBuilder header = new StringBuilder("t=" + SIGNED_AT);
    for (String signature : signatures) {
      header.append(",v1=").append(signature);
    }
    return header.toString();
  }

  private static Reason reasonFor(WebhookVerifier verifier, String header, String body) {
    try {
      verifier.verify(header, body);
    } catch (WebhookVerificationException e) {
      return e.reason();
    }
    throw new AssertionError("Expected the request to be refused");
  }

  @Test
  void acceptsTheExampleFromTheJaasDocumentation() {
    String body = TestResources.text("signature/jaas-documented-example.json");
    WebhookVerifier verifier = verifierAt(1632490060L, "whsec_9635df66714a4cf088ee9d0979dd3bf6");

    assertThatCode(
            () ->
                verifier.verify(
                    "t=1632490060,v1=xlzqEojlh4qb21sQpXYsWgyK8x9HVpz+RQldsv18rV0=",
                    body.getBytes(UTF_8)))
        .doesNotThrowAnyException();
  }

  @Test
  void acceptsAFreshSignatureAndParsesTheBody() {
    WebhookVerifier verifier = verifierAt(SIGNED_AT + 10, SECRET);

    WebhookEvent event =
        verifier.verifyAndParse(header(sign(SECRET, SIGNED_AT, BODY)), BODY.getBytes(UTF_8));

    assertThat(event).isInstanceOf(WebhookEvent.ParticipantJoined.class);
  }

  @Test
  void refusesATamperedBody() {
    String tampered = BODY.replace("member-42", "member-43");

    assertThat(
            reasonFor(
                verifierAt(SIGNED_AT, SECRET), header(sign(SECRET, SIGNED_AT, BODY)), tampered))
        .isEqualTo(Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void refusesASignatureWhoseTimestampWasChanged() {
    String replayed = "t=" + (SIGNED_AT + 600) + ",v1=" + sign(SECRET, SIGNED_AT, BODY);

    assertThat(reasonFor(verifierAt(SIGNED_AT + 600, SECRET), replayed, BODY))
        .isEqualTo(Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void refusesStaleAndFutureTimestampsOutsideTheTolerance() {
    String header = header(sign(SECRET, SIGNED_AT, BODY));

    assertThatCode(() -> verifierAt(SIGNED_AT + 300, SECRET).verify(header, BODY))
        .doesNotThrowAnyException();
    assertThatCode(() -> verifierAt(SIGNED_AT - 300, SECRET).verify(header, BODY))
        .doesNotThrowAnyException();
    assertThat(reasonFor(verifierAt(SIGNED_AT + 301, SECRET), header, BODY))
        .isEqualTo(Reason.STALE_TIMESTAMP);
    assertThat(reasonFor(verifierAt(SIGNED_AT - 301, SECRET), header, BODY))
        .isEqualTo(Reason.FUTURE_TIMESTAMP);
  }

  @Test
  void toleranceIsConfigurable() {
    WebhookVerifier strict =
        JitsiClient.webhookVerifier()
            .secret(SECRET)
            .tolerance(Duration.ofSeconds(30))
            .clock(Clock.fixed(Instant.ofEpochSecond(SIGNED_AT + 31), ZoneOffset.UTC))
            .build();

    assertThat(reasonFor(strict, header(sign(SECRET, SIGNED_AT, BODY)), BODY))
        .isEqualTo(Reason.STALE_TIMESTAMP);
  }

  @Test
  void acceptsAnyConfiguredSecretWhileRotating() {
    String signedWithOld = header(sign(OLD_SECRET, SIGNED_AT, BODY));

    assertThatCode(() -> verifierAt(SIGNED_AT, SECRET, OLD_SECRET).verify(signedWithOld, BODY))
        .doesNotThrowAnyException();
    assertThat(reasonFor(verifierAt(SIGNED_AT, SECRET), signedWithOld, BODY))
        .isEqualTo(Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void acceptsWhenAnyOfSeveralV1SignaturesMatches() {
    String header = header(sign(OLD_SECRET, SIGNED_AT, BODY), sign(SECRET, SIGNED_AT, BODY));

    assertThatCode(() -> verifierAt(SIGNED_AT, SECRET).verify(header, BODY))
        .doesNotThrowAnyException();
  }

  @Test
  void ignoresSchemesOtherThanV1() {
    String downgraded = "t=" + SIGNED_AT + ",v0=" + sign(SECRET, SIGNED_AT, BODY);

    assertThat(reasonFor(verifierAt(SIGNED_AT, SECRET), downgraded, BODY))
        .isEqualTo(Reason.MALFORMED_HEADER);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void refusesAMissingHeader(String header) {
    assertThat(reasonFor(verifierAt(SIGNED_AT, SECRET), header, BODY))
        .isEqualTo(Reason.MISSING_HEADER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "garbage",
        "v1=c2lnbmF0dXJl",
        "t=1740830400",
        "t=yesterday,v1=c2lnbmF0dXJl",
        "t=1740830400,t=1740830401,v1=c2lnbmF0dXJl",
        "t=1740830400,v1=***"
      })
  void refusesAMalformedHeader(String header) {
    assertThat(reasonFor(verifierAt(SIGNED_AT, SECRET), header, BODY))
        .isEqualTo(Reason.MALFORMED_HEADER);
  }

  @Test
  void toleratesSpacesAroundElements() {
    String header = "t=" + SIGNED_AT + " , v1=" + sign(SECRET, SIGNED_AT, BODY) + " ";

    assertThatCode(() -> verifierAt(SIGNED_AT, SECRET).verify(header, BODY))
        .doesNotThrowAnyException();
  }

  @Test
  void needsAtLeastOneSecret() {
    assertThatThrownBy(() -> JitsiClient.webhookVerifier().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("secret");
  }
}
