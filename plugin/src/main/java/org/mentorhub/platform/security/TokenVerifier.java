package org.mentorhub.platform.security;

import static java.util.Objects.requireNonNull;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentorhub.platform.security.InvalidTokenException.Reason;

/**
 * Checks a host-issued bearer token: RS256 only, signed by the key of its issuer, inside its
 * validity window, with a subject; yields the {@link Caller}.
 *
 * <p>Only RS256 is accepted so that a token cannot pick a weaker algorithm (or {@code none}, or
 * HS256 keyed with our public key) and have us go along with it.
 */
public final class TokenVerifier {

  private final List<TrustedIssuer> issuers;
  private final Clock clock;
  private final Duration leeway;

  public TokenVerifier(List<TrustedIssuer> issuers, Clock clock, Duration leeway) {
    this.issuers = List.copyOf(issuers);
    this.clock = requireNonNull(clock, "clock");
    this.leeway = requireNonNull(leeway, "leeway");
  }

  public Caller verify(String token) {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException | RuntimeException e) {
      throw new InvalidTokenException(Reason.MALFORMED, "The token is not a signed JWT.");
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      throw new InvalidTokenException(
          Reason.UNSUPPORTED_ALGORITHM,
          "The token is signed with "
              + jwt.getHeader().getAlgorithm()
              + "; only RS256 is accepted.");
    }
    TrustedIssuer issuer =
        issuers.stream()
            .filter(i -> i.issuer().equals(claims.getIssuer()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidTokenException(
                        Reason.UNTRUSTED_ISSUER,
                        "The token's issuer '" + claims.getIssuer() + "' is not trusted."));
    try {
      if (!jwt.verify(new RSASSAVerifier(issuer.key()))) {
        throw new InvalidTokenException(
            Reason.BAD_SIGNATURE, "The token's signature is not valid.");
      }
    } catch (JOSEException e) {
      throw new InvalidTokenException(Reason.BAD_SIGNATURE, "The token's signature is not valid.");
    }
    checkTimes(claims);
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank()) {
      throw new InvalidTokenException(Reason.MISSING_CLAIM, "The token has no 'sub' claim.");
    }
    return new Caller(
        subject, stringClaim(claims, "name"), stringClaim(claims, "email"), roles(claims));
  }

  private void checkTimes(JWTClaimsSet claims) {
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw new InvalidTokenException(Reason.MISSING_CLAIM, "The token has no 'exp' claim.");
    }
    if (now.isAfter(exp.toInstant().plus(leeway))) {
      throw new InvalidTokenException(
          Reason.EXPIRED, "The token expired at " + exp.toInstant() + ".");
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && now.isBefore(nbf.toInstant().minus(leeway))) {
      throw new InvalidTokenException(
          Reason.NOT_YET_VALID, "The token is not valid before " + nbf.toInstant() + ".");
    }
  }

  private static String stringClaim(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value instanceof String s ? s : null;
  }

  private static Set<Role> roles(JWTClaimsSet claims) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    Object groups = claims.getClaim("groups");
    if (groups instanceof List<?> list) {
      for (Object group : list) {
        if (group instanceof String name) {
          Role.fromGroup(name).ifPresent(roles::add);
        }
      }
    }
    return roles;
  }
}
