package org.mentorhub.hostsync;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.mentorhub.directory.DirectoryIndexer;
import org.mentorhub.platform.persistence.DatabaseMigrations;

/**
 * After a crash or restart during an import: the spooled file of an unfinished import is still
 * under the data directory, its job is marked failed (the chunks it committed stay, and re-sending
 * the file completes it, since imports are idempotent), and the search index is rebuilt online,
 * because the chunks committed last may not have reached this node's index.
 */
@Singleton
@Startup
@DependsOn("DirectoryIndexer")
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportRecovery {

  private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Inject ImportService imports;
  @Inject DirectoryIndexer indexer;
  @Inject Clock clock;

  @PostConstruct
  void recover() {
    Path dir = imports.spoolDir();
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> left;
    try (Stream<Path> files = Files.list(dir)) {
      left = files.toList();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not list interrupted imports in " + dir, e);
      return;
    }
    if (left.isEmpty()) {
      return;
    }
    for (Path file : left) {
      String name = file.getFileName().toString();
      if (name.endsWith(".ndjson")) {
        String id = name.substring(0, name.length() - ".ndjson".length());
        try (Connection c = dataSource.getConnection()) {
          ImportJobStore.finish(
              c,
              id,
              ImportJobView.Status.FAILED,
              clock.instant(),
              "Interrupted by a restart; send the file again to complete it.");
        } catch (SQLException e) {
          LOG.log(Level.WARNING, "Could not mark import " + id + " as interrupted", e);
        }
      }
      ImportService.deleteQuietly(file);
    }
    LOG.warning("Found interrupted imports; rebuilding the search index online");
    indexer.requestRebuild("an import was interrupted by a restart");
  }
}
