package org.mentorhub.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.mentorhub.platform.PlatformConfig;

/**
 * This node's name among the nodes sharing the database. It stays the same across restarts (it is
 * kept in the data directory beside the search index it describes), so a restarted node picks up
 * its own row instead of leaving a dead one behind.
 */
@ApplicationScoped
public class NodeIdentity {

  @Inject ClusterConfig config;
  @Inject PlatformConfig platform;

  private String id;

  @PostConstruct
  void resolve() {
    id = config.nodeId().orElseGet(() -> fromDataDir(platform.dataDir()));
  }

  /** This node's name. */
  public String id() {
    return id;
  }

  static String fromDataDir(Path dataDir) {
    Path file = dataDir.resolve("node-id");
    try {
      if (Files.exists(file)) {
        String kept = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!kept.isEmpty()) {
          return kept;
        }
      }
      Files.createDirectories(dataDir);
      String made = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
      Files.writeString(file, made + "\n", StandardCharsets.UTF_8);
      return made;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the node id in " + file, e);
    }
  }

  private static String hostName() {
    try {
      String name = InetAddress.getLocalHost().getHostName();
      return name.replaceAll("[^A-Za-z0-9.-]", "").toLowerCase(java.util.Locale.ROOT);
    } catch (IOException e) {
      return "node";
    }
  }
}
