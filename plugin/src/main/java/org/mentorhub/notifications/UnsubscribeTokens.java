package org.mentorhub.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, public unsubscribe links: {@code base64url(memberId "\n" scope) "." base64url(HMAC)},
 * where scope is a notice type or {@code ALL}. Anyone holding the link can only turn that email off
 * for that member, which is what an unsubscribe link in an email is for.
 */
public final class UnsubscribeTokens {

  /** The scope that turns all email off. */
  public static final String ALL = "ALL";

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final byte[] key;

  public UnsubscribeTokens(byte[] key) {
    this.key = key.clone();
  }

  /** What a valid token unsubscribes. */
  public record Claim(String memberId, String scope) {}

  public String issue(String memberId, String scope) {
    byte[] payload = (memberId + "\n" + scope).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
  }

  public Optional<Claim> verify(String token) {
    if (token == null || token.length() > 1000) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot < 1) {
      return Optional.empty();
    }
    try {
      byte[] payload = DECODER.decode(token.substring(0, dot));
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, mac(payload))) {
        return Optional.empty();
      }
      String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", 2);
      return parts.length == 2 ? Optional.of(new Claim(parts[0], parts[1])) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update("unsubscribe\n".getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
