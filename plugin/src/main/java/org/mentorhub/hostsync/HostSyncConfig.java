package org.mentorhub.hostsync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the bulk import. */
@ApplicationScoped
public class HostSyncConfig {

  @Inject
  @ConfigProperty(name = "mentorhub.hostsync.chunk-lines", defaultValue = "2000")
  int chunkLines;

  /**
   * Lines per transaction: large enough that per-transaction costs vanish, small enough that a
   * chunk's rows and the search update after it stay a few megabytes.
   */
  public int chunkLines() {
    return Math.max(1, chunkLines);
  }
}
