package org.mentorhub.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of a node among several on one database. */
@ApplicationScoped
public class ClusterConfig {

  @Inject
  @ConfigProperty(name = "mentorhub.cluster.node-id")
  Optional<String> nodeId;

  @Inject
  @ConfigProperty(name = "mentorhub.cluster.heartbeat-seconds", defaultValue = "5")
  long heartbeatSeconds;

  @Inject
  @ConfigProperty(name = "mentorhub.cluster.node-timeout-seconds", defaultValue = "60")
  long nodeTimeoutSeconds;

  /** This node's name when set; otherwise one is made up once and kept in the data directory. */
  public Optional<String> nodeId() {
    return nodeId.filter(id -> !id.isBlank()).map(String::trim);
  }

  /** How often a node tells the others where it stands. */
  public long heartbeatSeconds() {
    return heartbeatSeconds;
  }

  /** Silence after which a node is treated as gone (its position no longer holds back pruning). */
  public long nodeTimeoutSeconds() {
    return nodeTimeoutSeconds;
  }
}
