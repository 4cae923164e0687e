package org.mentorhub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.mentorhub.platform.security.DevTokenIssuer;
import org.mentorhub.platform.security.PemKeys;

/**
 * Tokens as the host site would issue them, signed with the test key whose public half the
 * integration servers trust, plus the broken kinds a test needs (expired, forged, foreign issuer).
 */
public final class TestTokens {

  private static final RSAPrivateKey HOST_KEY = loadHostKey();

  private TestTokens() {}

  public static String issuer() {
    return System.getProperty("mentorhub.it.issuer", "https://community.example");
  }

  /** A valid token for a member with the given groups. */
  public static String member(String sub, String... groups) {
    return signed(HOST_KEY, issuer(), Clock.systemUTC(), sub, List.of(groups), Duration.ofHours(1));
  }

  public static String expired(String sub) {
    Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
    return signed(HOST_KEY, issuer(), twoHoursAgo, sub, List.of("member"), Duration.ofMinutes(30));
  }

  public static String fromIssuer(String issuer, String sub) {
    return signed(HOST_KEY, issuer, Clock.systemUTC(), sub, List.of("member"), Duration.ofHours(1));
  }

  /** Right issuer and claims, but signed by a key nobody trusts. */
  public static String forged(String sub, String... groups) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      RSAPrivateKey other = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
      return signed(other, issuer(), Clock.systemUTC(), sub, List.of(groups), Duration.ofHours(1));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String signed(
      RSAPrivateKey key,
      String issuer,
      Clock clock,
      String sub,
      List<String> groups,
      Duration life) {
    return new DevTokenIssuer(issuer, key, clock)
        .issue(sub, "Test " + sub, sub + "@example.org", groups, life)
        .token();
  }

  private static RSAPrivateKey loadHostKey() {
    String path =
        System.getProperty(
            "mentorhub.it.private-key", "src/test/resources/test-keys/host-private.pem");
    try {
      return PemKeys.privateKey(Files.readString(Path.of(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
