package org.mentorhub.webinar.internal;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an RSA private key from PEM text in PKCS#8 or PKCS#1 form, using only the JDK. */
public final class PemPrivateKeys {

  private static final Pattern PEM_BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

  private static final byte[] PKCS8_VERSION_0 = {0x02, 0x01, 0x00};

  /** DER of AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }. */
  private static final byte[] RSA_ALGORITHM_IDENTIFIER = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };

  private static final int DER_SEQUENCE = 0x30;
  private static final int DER_OCTET_STRING = 0x04;

  private PemPrivateKeys() {}

  /**
   * Parses {@code -----BEGIN PRIVATE KEY-----} (PKCS#8, what the JaaS console downloads) or {@code
   * -----BEGIN RSA PRIVATE KEY-----} (PKCS#1, what older openssl writes).
   *
   * @throws IllegalArgumentException if the text is not an unencrypted RSA private key
   */
  public static RSAPrivateKey readRsaPrivateKey(String pem) {
    Matcher block = PEM_BLOCK.matcher(pem);
    if (!block.find()) {
      throw new IllegalArgumentException(
          "Not a PEM private key: expected -----BEGIN PRIVATE KEY----- or "
              + "-----BEGIN RSA PRIVATE KEY-----");
    }
    String label = block.group(1);
    String body = block.group(2);
    if (label.contains("ENCRYPTED") || body.contains("Proc-Type")) {
      throw new IllegalArgumentException(
          "Encrypted private keys are not supported; decrypt it with "
              + "`openssl pkcs8 -topk8 -nocrypt -in key.pem`");
    }
    byte[] der = decodeBase64(body);
    byte[] pkcs8 =
        switch (label) {
          case "PRIVATE KEY" -> der;
          case "RSA PRIVATE KEY" -> pkcs1ToPkcs8(der);
          default -> throw new IllegalArgumentException("Unsupported PEM block: " + label);
        };
    return toRsaKey(pkcs8);
  }

  private static byte[] decodeBase64(String body) {
    try {
      // The MIME decoder skips the line breaks PEM puts every 64 characters.
      return Base64.getMimeDecoder().decode(body.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The PEM body is not valid base64", e);
    }
  }

  private static RSAPrivateKey toRsaKey(byte[] pkcs8) {
    try {
      PrivateKey key =
          KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      return (RSAPrivateKey) key;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("The PEM block does not hold an RSA private key", e);
    }
  }

  /**
   * Wraps a PKCS#1 RSAPrivateKey in the PKCS#8 envelope the JDK's KeyFactory understands: SEQUENCE
   * { version 0, rsaEncryption, OCTET STRING { pkcs1 } }.
   */
  private static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.writeBytes(PKCS8_VERSION_0);
    content.writeBytes(RSA_ALGORITHM_IDENTIFIER);
    content.writeBytes(derElement(DER_OCTET_STRING, pkcs1));
    return derElement(DER_SEQUENCE, content.toByteArray());
  }

  private static byte[] derElement(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int lengthBytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / Byte.SIZE;
      out.write(0x80 | lengthBytes);
      for (int i = lengthBytes - 1; i >= 0; i--) {
        out.write(length >>> (Byte.SIZE * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }
}
