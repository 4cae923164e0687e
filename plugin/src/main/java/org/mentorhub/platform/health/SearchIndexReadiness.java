package org.mentorhub.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.mentorhub.directory.DirectoryIndexer;

/** Ready once this node's search index is built or caught up with the database. */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

  @Inject DirectoryIndexer indexer;

  @Override
  public HealthCheckResponse call() {
    try {
      return HealthCheckResponse.named("search-index")
          .status(indexer.isReady())
          .withData("documents", indexer.size())
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("search-index")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
