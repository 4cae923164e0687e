package org.mentorhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings that concern the whole plugin rather than one feature. */
@ApplicationScoped
public class PlatformConfig {

  @Inject
  @ConfigProperty(name = "mentorhub.dev-mode", defaultValue = "false")
  boolean devMode;

  @Inject
  @ConfigProperty(name = "mentorhub.http.max-body-bytes", defaultValue = "65536")
  long maxBodyBytes;

  @Inject
  @ConfigProperty(name = "mentorhub.data-dir", defaultValue = "./data")
  String dataDir;

  /** Whether the dev token endpoint and the bundled dev key are active; never in production. */
  public boolean devMode() {
    return devMode;
  }

  /** The largest request body accepted; larger ones are refused with 413 before being read. */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Where the plugin keeps files of its own (search index, recordings). */
  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }
}
