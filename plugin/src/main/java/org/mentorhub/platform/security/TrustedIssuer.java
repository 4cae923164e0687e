package org.mentorhub.platform.security;

import static java.util.Objects.requireNonNull;

import java.security.interfaces.RSAPublicKey;

/** An issuer whose RS256 tokens are accepted, with the public key that checks them. */
public record TrustedIssuer(String issuer, RSAPublicKey key) {
  public TrustedIssuer {
    requireNonNull(issuer, "issuer");
    requireNonNull(key, "key");
  }
}
