package org.mentorhub.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The key pair bundled for demo and development, so people can try every role without a host.
 *
 * <p>Its private half is public knowledge (it ships in the WAR), which is why it is trusted only
 * while {@code mentorhub.dev-mode} is on, and only for the {@link #ISSUER} it signs as.
 */
public final class DevKeys {

  /** The issuer dev tokens carry; a host's issuer never matches it, so the keys never mix. */
  public static final String ISSUER = "mentorhub-dev";

  private DevKeys() {}

  public static RSAPublicKey publicKey() {
    return PemKeys.publicKey(read("META-INF/dev-keys/dev-public.pem"));
  }

  public static RSAPrivateKey privateKey() {
    return PemKeys.privateKey(read("META-INF/dev-keys/dev-private.pem"));
  }

  private static String read(String resource) {
    try (InputStream in = DevKeys.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled dev key " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
