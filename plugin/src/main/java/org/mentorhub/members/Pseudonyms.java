package org.mentorhub.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for erased members: {@code "erased-"} and the first 20 base32 characters (100
 * bits) of HMAC-SHA256 of the member id under a secret. The same member always gets the same
 * pseudonym, so counts per person stay true and a repeated erasure finds its earlier work; without
 * the secret, the member id cannot be recovered from it or confirmed by guessing.
 */
@ApplicationScoped
public class Pseudonyms {

  static final String PREFIX = "erased-";
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  private static final int LENGTH = 20;

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject MembersConfig config;

  /** The pseudonym of a member; runs inside the caller's transaction. */
  public String of(String memberId) {
    return of(memberId, secret());
  }

  static String of(String memberId, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return PREFIX + base32(mac.doFinal(memberId.getBytes(StandardCharsets.UTF_8)), LENGTH);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  static String base32(byte[] bytes, int chars) {
    StringBuilder out = new StringBuilder(chars);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5 && out.length() < chars) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private String secret() {
    return config.pseudonymSecret().orElseGet(this::storedSecret);
  }

  private String storedSecret() {
    List<?> found =
        em.createNativeQuery("SELECT secret FROM member_pseudonym_key WHERE id = 1")
            .getResultList();
    if (!found.isEmpty()) {
      return (String) found.get(0);
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    // Two first erasures at once: one insert wins, the other transaction fails with 409 and the
    // host retries, then reading the winner's secret.
    em.createNativeQuery("INSERT INTO member_pseudonym_key (id, secret) VALUES (1, ?1)")
        .setParameter(1, secret)
        .executeUpdate();
    return secret;
  }
}
