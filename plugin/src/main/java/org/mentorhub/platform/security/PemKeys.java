package org.mentorhub.platform.security;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RSA keys from PEM text: public keys as X.509 SubjectPublicKeyInfo, private as PKCS#8. */
public final class PemKeys {

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

  private PemKeys() {}

  public static RSAPublicKey publicKey(String pem) {
    byte[] der = decode(pem, "PUBLIC KEY");
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException("Not an RSA public key: " + e.getMessage(), e);
    }
  }

  public static RSAPrivateKey privateKey(String pem) {
    byte[] der = decode(pem, "PRIVATE KEY");
    try {
      return (RSAPrivateKey)
          KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException("Not an RSA private key: " + e.getMessage(), e);
    }
  }

  /** Whether the text holds a PEM block, as opposed to a path or URL pointing at one. */
  public static boolean looksLikePem(String text) {
    return text != null && text.contains("-----BEGIN ");
  }

  private static byte[] decode(String pem, String expectedLabel) {
    Matcher m = BLOCK.matcher(pem == null ? "" : pem);
    if (!m.find()) {
      throw new IllegalArgumentException("No PEM block found");
    }
    if (!m.group(1).equals(expectedLabel)) {
      throw new IllegalArgumentException(
          "Expected a PEM '" + expectedLabel + "' block but found '" + m.group(1) + "'");
    }
    return Base64.getMimeDecoder().decode(m.group(2).replaceAll("\\s", ""));
  }
}
