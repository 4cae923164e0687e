package org.mentorhub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  /** HMAC-SHA256 written out from RFC 2104 on plain SHA-256, independent of javax.crypto.Mac. */
  static byte[] hmacByHand(byte[] key, byte[] message) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] block = key.length > 64 ? sha.digest(key) : key;
    block = Arrays.copyOf(block, 64);
    byte[] inner = new byte[64];
    byte[] outer = new byte[64];
    for (int i = 0; i < 64; i++) {
      inner[i] = (byte) (block[i] ^ 0x36);
      outer[i] = (byte) (block[i] ^ 0x5c);
    }
    sha.update(inner);
    byte[] innerHash = sha.digest(message);
    sha.update(outer);
    return sha.digest(innerHash);
  }

  @Test
  void handWrittenHmacMatchesTheWellKnownVector() throws Exception {
    byte[] mac =
        hmacByHand(
            "key".getBytes(StandardCharsets.UTF_8),
            "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8));
    assertThat(HexFormat.of().formatHex(mac))
        .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void headerSignsTimestampDotBodyWithTheSecret() throws Exception {
    String body = "{\"id\":\"e1\",\"type\":\"REQUEST_RECEIVED\",\"data\":{\"title\":\"Café ☕\"}}";
    String header = WebhookSignature.header("whsec_test", 1_790_000_000L, body);

    byte[] expected =
        hmacByHand(
            "whsec_test".getBytes(StandardCharsets.UTF_8),
            ("1790000000." + body).getBytes(StandardCharsets.UTF_8));
    assertThat(header).isEqualTo("t=1790000000,v1=" + Base64.getEncoder().encodeToString(expected));
  }

  @Test
  void anyChangeOfBodyOrTimeChangesTheSignature() {
    String sig = WebhookSignature.sign("s", 10, "{}");
    assertThat(WebhookSignature.sign("s", 11, "{}")).isNotEqualTo(sig);
    assertThat(WebhookSignature.sign("s", 10, "{ }")).isNotEqualTo(sig);
    assertThat(WebhookSignature.sign("t", 10, "{}")).isNotEqualTo(sig);
  }
}
