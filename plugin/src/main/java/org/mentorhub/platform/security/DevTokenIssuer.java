package org.mentorhub.platform.security;

import static java.util.Objects.requireNonNull;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Signs RS256 tokens shaped like the host's (MicroProfile JWT claims) with a given key. */
public final class DevTokenIssuer {

  private final String issuer;
  private final RSAPrivateKey key;
  private final Clock clock;

  public DevTokenIssuer(String issuer, RSAPrivateKey key, Clock clock) {
    this.issuer = requireNonNull(issuer, "issuer");
    this.key = requireNonNull(key, "key");
    this.clock = requireNonNull(clock, "clock");
  }

  /** A token for the given person, valid from now for {@code lifetime}. */
  public IssuedToken issue(
      String sub, String name, String email, List<String> groups, Duration lifetime) {
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(sub)
            .claim("upn", email == null ? sub : email)
            .claim("name", name)
            .claim("email", email)
            .claim("groups", groups)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign a dev token", e);
    }
    return new IssuedToken(jwt.serialize(), expires);
  }

  /** A signed token and when it stops working. */
  public record IssuedToken(String token, Instant expiresAt) {}
}
