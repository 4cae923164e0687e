package org.mentorhub.notifications;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-MentorHub-Signature} header of host webhooks: {@code t=<epoch seconds>,v1=<base64
 * HMAC-SHA256 of "t." + body>}. Signing the timestamp with the body lets a host reject replays of
 * an old request (compare {@code t} with its clock) as well as forged ones.
 */
public final class WebhookSignature {

  /** The name of the header. */
  public static final String HEADER = "X-MentorHub-Signature";

  private WebhookSignature() {}

  /** The header value for {@code body} sent at {@code epochSeconds}. */
  public static String header(String secret, long epochSeconds, String body) {
    return "t=" + epochSeconds + ",v1=" + sign(secret, epochSeconds, body);
  }

  /** Base64 of HMAC-SHA256 over {@code "<epochSeconds>." + body} with the UTF-8 bytes of secret. */
  public static String sign(String secret, long epochSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
