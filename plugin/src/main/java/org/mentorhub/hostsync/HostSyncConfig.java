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

  @Inject
  @ConfigProperty(name = "mentorhub.hostsync.outbox-limit", defaultValue = "10000")
  int outboxLimit;

  /**
   * Lines per transaction: large enough that per-transaction costs vanish, small enough that a
   * chunk's rows and the search update after it stay a few megabytes.
   */
  public int chunkLines() {
    return Math.max(1, chunkLines);
  }

  /**
   * How many changed mentors an import announces to the other nodes through the outbox, one row
   * each, which every node applies change by change. Beyond this the import stops announcing and
   * asks every node for one online rebuild when it ends, which is faster for a large import.
   */
  public int outboxLimit() {
    return Math.max(0, outboxLimit);
  }
}
