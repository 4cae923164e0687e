package org.mentorhub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorhub.platform.security.InvalidTokenException.Reason;

class TokenVerifierTest {

  private static final String ISSUER = "https://community.example";
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static KeyPair host;
  private static KeyPair other;
  private static TokenVerifier verifier;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    host = generator.generateKeyPair();
    other = generator.generateKeyPair();
    verifier =
        new TokenVerifier(
            List.of(new TrustedIssuer(ISSUER, (RSAPublicKey) host.getPublic())),
            CLOCK,
            Duration.ofSeconds(60));
  }

  private static String token(KeyPair keys, String issuer, Instant issuedAt, Duration life) {
    return new DevTokenIssuer(
            issuer, (RSAPrivateKey) keys.getPrivate(), Clock.fixed(issuedAt, ZoneOffset.UTC))
        .issue("m-1", "Ana Silva", "ana@example.org", List.of("member", "mentor", "finance"), life)
        .token();
  }

  @Test
  void validTokenYieldsCallerWithKnownRoles() {
    Caller caller = verifier.verify(token(host, ISSUER, NOW.minusSeconds(10), Duration.ofHours(1)));
    assertThat(caller.id()).isEqualTo("m-1");
    assertThat(caller.name()).isEqualTo("Ana Silva");
    assertThat(caller.email()).isEqualTo("ana@example.org");
    assertThat(caller.roles())
        .as("unknown host groups are ignored")
        .containsExactlyInAnyOrder(Role.MEMBER, Role.MENTOR);
  }

  @Test
  void expiredTokenIsRefusedButClockSkewIsTolerated() {
    String expiredLongAgo =
        token(host, ISSUER, NOW.minus(Duration.ofHours(2)), Duration.ofHours(1));
    assertReason(expiredLongAgo, Reason.EXPIRED);
    String expiredJustNow =
        token(host, ISSUER, NOW.minus(Duration.ofMinutes(60).plusSeconds(30)), Duration.ofHours(1));
    assertThat(verifier.verify(expiredJustNow).id()).isEqualTo("m-1");
  }

  @Test
  void wrongIssuerIsRefused() {
    assertReason(
        token(host, "https://elsewhere.example", NOW, Duration.ofHours(1)),
        Reason.UNTRUSTED_ISSUER);
  }

  @Test
  void signatureByAnotherKeyIsRefused() {
    assertReason(token(other, ISSUER, NOW, Duration.ofHours(1)), Reason.BAD_SIGNATURE);
  }

  @Test
  void tamperedPayloadIsRefused() {
    String[] parts = token(host, ISSUER, NOW, Duration.ofHours(1)).split("\\.");
    String payload =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"sub\":\"m-1\",\"iss\":\""
                        + ISSUER
                        + "\",\"groups\":[\"admin\"],\"exp\":"
                        + NOW.plusSeconds(3600).getEpochSecond()
                        + "}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertReason(parts[0] + "." + payload + "." + parts[2], Reason.BAD_SIGNATURE);
  }

  @Test
  void hmacTokenKeyedWithThePublicKeyIsRefused() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("m-1")
            .expirationTime(Date.from(NOW.plusSeconds(600)))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(java.util.Arrays.copyOf(host.getPublic().getEncoded(), 64)));
    assertReason(jwt.serialize(), Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void malformedTokensAreRefused() {
    assertReason("", Reason.MALFORMED);
    assertReason("a.b.c", Reason.MALFORMED);
    assertReason("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", Reason.MALFORMED);
  }

  @Test
  void notYetValidTokenIsRefused() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("m-1")
            .notBeforeTime(Date.from(NOW.plusSeconds(600)))
            .expirationTime(Date.from(NOW.plusSeconds(1200)))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(host.getPrivate()));
    assertReason(jwt.serialize(), Reason.NOT_YET_VALID);
  }

  private static void assertReason(String token, Reason reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .extracting(e -> ((InvalidTokenException) e).reason())
        .isEqualTo(reason);
  }
}
