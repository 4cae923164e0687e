package org.mentorhub.webinar.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.KeyLengthException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPrivateKey;
import org.mentorhub.webinar.JitsiException;

/** Signs claim sets as compact JWS with {@code typ: JWT}, RS256 or HS256. */
public final class JwtSigner {

  private final JWSSigner signer;
  private final JWSHeader header;

  private JwtSigner(JWSSigner signer, JWSHeader header) {
    this.signer = signer;
    this.header = header;
  }

  /**
   * An RS256 signer whose header names the public key as {@code kid}.
   *
   * @throws IllegalArgumentException if the key is shorter than 2048 bits
   */
  public static JwtSigner rs256(RSAPrivateKey key, String keyId) {
    requireNonNull(key, "key");
    Checks.requireNonBlank(keyId, "keyId");
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build();
    return new JwtSigner(new RSASSASigner(key), header);
  }

  /**
   * An HS256 signer for a shared secret, without {@code kid}.
   *
   * @throws IllegalArgumentException if the secret is shorter than the 256 bits RFC 7518 requires
   */
  public static JwtSigner hs256(String secret) {
    Checks.requireNonBlank(secret, "appSecret");
    try {
      JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();
      return new JwtSigner(new MACSigner(secret.getBytes(UTF_8)), header);
    } catch (KeyLengthException e) {
      throw new IllegalArgumentException(
          "The app secret must be at least 32 bytes for HS256; "
              + "generate one with `openssl rand -hex 32` and set it as app_secret in Prosody",
          e);
    }
  }

  /** Signs the claims and returns the compact serialization. */
  public String sign(JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new JitsiException("Could not sign the Jitsi token", e);
    }
    return jwt.serialize();
  }
}
