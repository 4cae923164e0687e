package org.mentorhub.webinar;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A compact JWT taken apart with the JDK, so tests check signatures independently of the library
 * that made them; only the JSON text is read with a parser.
 */
record DecodedJwt(
    Map<String, Object> header, Map<String, Object> claims, byte[] signingInput, byte[] signature) {

  static DecodedJwt decode(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      throw new AssertionError("Not a compact JWS: " + token);
    }
    Base64.Decoder base64Url = Base64.getUrlDecoder();
    return new DecodedJwt(
        json(new String(base64Url.decode(parts[0]), UTF_8)),
        json(new String(base64Url.decode(parts[1]), UTF_8)),
        (parts[0] + "." + parts[1]).getBytes(US_ASCII),
        base64Url.decode(parts[2]));
  }

  boolean verifiesWithRsa(PublicKey publicKey) {
    try {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(publicKey);
      verifier.update(signingInput);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  boolean verifiesWithHmac(String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
      return MessageDigest.isEqual(mac.doFinal(signingInput), signature);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> context(String member) {
    return (Map<String, Object>) ((Map<String, Object>) claims.get("context")).get(member);
  }

  private static Map<String, Object> json(String text) {
    try {
      return JSONObjectUtils.parse(text);
    } catch (ParseException e) {
      throw new AssertionError("Not JSON: " + text, e);
    }
  }
}
