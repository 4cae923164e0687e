package org.mentorhub.webinar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;

/** RSA keys and PEM encodings for tests, generated with the JDK only. */
final class TestKeys {

  /** One 2048-bit pair for the whole run: generating keys is the slowest thing tests do. */
  static final KeyPair RSA = generate(2048);

  private TestKeys() {}

  static KeyPair generate(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pkcs8Pem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  static String pkcs1Pem(PrivateKey key) {
    return pem("RSA PRIVATE KEY", innerOctetString(key.getEncoded()));
  }

  private static String pem(String label, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  /**
   * The PKCS#1 key inside a PKCS#8 PrivateKeyInfo: SEQUENCE { INTEGER version, SEQUENCE algorithm,
   * OCTET STRING privateKey }.
   */
  private static byte[] innerOctetString(byte[] pkcs8) {
    DerCursor cursor = new DerCursor(pkcs8);
    cursor.enter(0x30);
    cursor.skip();
    cursor.skip();
    int length = cursor.enter(0x04);
    return Arrays.copyOfRange(pkcs8, cursor.position, cursor.position + length);
  }

  /** Just enough DER reading to walk a PrivateKeyInfo. */
  private static final class DerCursor {
    private final byte[] der;
    private int position;

    DerCursor(byte[] der) {
      this.der = der;
    }

    int enter(int expectedTag) {
      int tag = der[position++] & 0xff;
      if (tag != expectedTag) {
        throw new IllegalStateException("Expected tag " + expectedTag + " but found " + tag);
      }
      return length();
    }

    void skip() {
      position++;
      int length = length();
      position += length;
    }

    private int length() {
      int first = der[position++] & 0xff;
      if (first < 0x80) {
        return first;
      }
      int length = 0;
      for (int i = 0; i < (first & 0x7f); i++) {
        length = (length << 8) | (der[position++] & 0xff);
      }
      return length;
    }
  }
}
