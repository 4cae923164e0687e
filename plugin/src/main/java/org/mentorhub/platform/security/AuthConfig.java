package org.mentorhub.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorhub.platform.PlatformConfig;

/**
 * Which tokens are trusted: the host's issuer and public key from configuration, plus the bundled
 * dev key while dev mode is on.
 */
@ApplicationScoped
public class AuthConfig {

  private static final Logger LOG = Logger.getLogger(AuthConfig.class.getName());

  @Inject
  @ConfigProperty(name = "mentorhub.auth.public-key")
  Optional<String> publicKey;

  @Inject
  @ConfigProperty(name = "mentorhub.auth.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "mentorhub.auth.clock-skew-seconds", defaultValue = "60")
  long clockSkewSeconds;

  @Inject PlatformConfig platform;

  private TokenVerifier verifier;

  @PostConstruct
  void init() {
    List<TrustedIssuer> trusted = new ArrayList<>();
    if (publicKey.isPresent() && issuer.isPresent()) {
      trusted.add(new TrustedIssuer(issuer.get(), PemKeys.publicKey(resolvePem(publicKey.get()))));
    } else {
      LOG.warning(
          "mentorhub.auth.public-key or mentorhub.auth.issuer is not set: host tokens are refused.");
    }
    if (platform.devMode()) {
      trusted.add(new TrustedIssuer(DevKeys.ISSUER, DevKeys.publicKey()));
      LOG.warning("Dev mode is on: tokens from POST /mentorhub/dev/token are accepted.");
    }
    verifier = new TokenVerifier(trusted, Clock.systemUTC(), Duration.ofSeconds(clockSkewSeconds));
  }

  public TokenVerifier verifier() {
    return verifier;
  }

  /** The key is either PEM text or where to find it: a file path, a file:/http(s): URL. */
  static String resolvePem(String value) {
    if (PemKeys.looksLikePem(value)) {
      return value;
    }
    try {
      if (value.startsWith("http://")
          || value.startsWith("https://")
          || value.startsWith("file:")) {
        try (InputStream in = URI.create(value).toURL().openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
      }
      return Files.readString(Path.of(value), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read mentorhub.auth.public-key from " + value, e);
    }
  }
}
