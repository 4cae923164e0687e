package org.mentorhub.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorhub.platform.PlatformConfig;

/** The settings of the webinars feature: the Jitsi provider and its keys, attendance, storage. */
@ApplicationScoped
public class WebinarConfig {

  /** Which Jitsi runs the meetings. */
  public enum Provider {
    JAAS,
    SELF_HOSTED
  }

  @Inject
  @ConfigProperty(name = "mentorhub.jitsi.provider", defaultValue = "jaas")
  String provider;

  @Inject
  @ConfigProperty(name = "mentorhub.jitsi.app-id")
  Optional<String> appId;

  @Inject
  @ConfigProperty(name = "mentorhub.jitsi.key-id")
  Optional<String> keyId;

  @Inject
  @ConfigProperty(name = "mentorhub.jitsi.private-key")
  Optional<String> privateKey;

  @Inject
  @ConfigProperty(name = "mentorhub.jitsi.domain")
  Optional<String> domain;

  @Inject
  @ConfigProperty(name = "mentorhub.jitsi.app-secret")
  Optional<String> appSecret;

  @Inject
  @ConfigProperty(name = "mentorhub.jitsi.webhook-secret")
  Optional<String> webhookSecret;

  @Inject
  @ConfigProperty(name = "mentorhub.webinars.attended-share", defaultValue = "0.5")
  double attendedShare;

  @Inject
  @ConfigProperty(name = "mentorhub.webinars.recording-dir")
  Optional<String> recordingDir;

  @Inject PlatformConfig platform;

  /** {@code jaas} (8x8 Jitsi as a Service, the default) or {@code self-hosted}. */
  public Provider provider() {
    String value = provider.trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "jaas" -> Provider.JAAS;
      case "self-hosted", "selfhosted", "self_hosted" -> Provider.SELF_HOSTED;
      default ->
          throw new IllegalStateException(
              "mentorhub.jitsi.provider must be jaas or self-hosted, not '" + provider + "'");
    };
  }

  public Optional<String> appId() {
    return appId;
  }

  public Optional<String> keyId() {
    return keyId;
  }

  /** The RSA private key as PEM text, read from a file when the setting is a path. */
  public Optional<String> privateKeyPem() {
    return privateKey.map(WebinarConfig::pemOrFile);
  }

  public Optional<String> domain() {
    return domain;
  }

  public Optional<String> appSecret() {
    return appSecret;
  }

  public Optional<String> webhookSecret() {
    return webhookSecret;
  }

  /** The share of a session's duration a member must be present to count as attended. */
  public double attendedShare() {
    if (!(attendedShare > 0 && attendedShare <= 1)) {
      throw new IllegalStateException(
          "mentorhub.webinars.attended-share must be in (0, 1], not " + attendedShare);
    }
    return attendedShare;
  }

  /** Where recordings are copied; {@code <mentorhub.data-dir>/recordings} unless set. */
  public Path recordingDir() {
    return recordingDir
        .map(dir -> Path.of(dir).toAbsolutePath().normalize())
        .orElseGet(() -> platform.dataDir().resolve("recordings"));
  }

  public boolean devMode() {
    return platform.devMode();
  }

  private static String pemOrFile(String value) {
    if (value.contains("-----BEGIN")) {
      return value;
    }
    try {
      return Files.readString(Path.of(value.trim()));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "mentorhub.jitsi.private-key is neither PEM text nor a readable file: " + value, e);
    }
  }
}
