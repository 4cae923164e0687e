package org.mentorhub.hostsync;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mentorhub.directory.DirectoryConfig;
import org.mentorhub.directory.DirectoryIndexer;
import org.mentorhub.platform.PlatformConfig;
import org.mentorhub.platform.persistence.DatabaseMigrations;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.security.Caller;

/**
 * Bulk imports as background jobs. The request body is first spooled to a file under the data
 * directory and then imported by the managed executor: the client gets its 202 and job address as
 * soon as the upload is complete (not after a million lines), a dropped connection after that
 * cannot cut an import in half, and the import reads from local disk at its own pace instead of
 * holding a request thread and the client's connection open for minutes. Neither step ever holds
 * the body in memory.
 *
 * <p>Each chunk of mentors commits together with this node's index update ({@link
 * DirectoryIndexer#commitImported}), from the rows it wrote; searches keep answering from the live
 * index throughout. The other nodes of a cluster learn of the first {@link
 * HostSyncConfig#outboxLimit()} changed mentors from outbox rows written in each chunk's
 * transaction; an import that changes more stops announcing them one by one and asks every node for
 * one online rebuild when it ends ({@link DirectoryIndexer#requestRebuild}), as applying a million
 * changes one at a time would take each node far longer than rebuilding.
 */
@ApplicationScoped
public class ImportService {

  private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Inject ValidatorFactory validation;
  @Inject DirectoryIndexer indexer;
  @Inject PlatformConfig platform;
  @Inject HostSyncConfig config;
  @Inject DirectoryConfig directory;
  @Inject Clock clock;

  /** Where uploads wait for their import; a file left here means its import was interrupted. */
  Path spoolDir() {
    return platform.dataDir().resolve("imports");
  }

  /** Spools the body and starts its import; returns the job's id. */
  public String start(ImportKind kind, InputStream body, Caller caller) {
    String id = UUID.randomUUID().toString();
    Path spool = spoolDir().resolve(id + ".ndjson");
    try {
      Files.createDirectories(spoolDir());
      Path partial = spoolDir().resolve(id + ".part");
      try {
        long bytes = Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
        if (bytes == 0 || isBlank(partial)) {
          throw new InvalidRequestException("body", "must hold at least one NDJSON line");
        }
        Files.move(partial, spool, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Spooling the import body failed", e);
    }
    try (Connection c = dataSource.getConnection()) {
      ImportJobStore.create(c, id, kind, caller.id(), clock.instant());
    } catch (SQLException e) {
      deleteQuietly(spool);
      throw new IllegalStateException("Recording the import job failed", e);
    }
    executor.execute(() -> run(id, kind, spool));
    return id;
  }

  public Optional<ImportJobView> job(String id) {
    try (Connection c = dataSource.getConnection()) {
      return ImportJobStore.find(c, id);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the import job failed", e);
    }
  }

  private void run(String id, ImportKind kind, Path spool) {
    ImportJobView.Status status = ImportJobView.Status.COMPLETED;
    String failure = null;
    long started = System.nanoTime();
    NdjsonImport.Progress progress = null;
    Announcer announcer = new Announcer();
    try (Connection c = dataSource.getConnection();
        Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
      NdjsonImport importer =
          new NdjsonImport(
              kind, new ImportLineParser(kind, validation), config.chunkLines(), clock);
      // Reading and validating run ahead on a second thread while this one writes.
      progress =
          importer.run(
              in,
              c,
              ImportJobStore.recorder(
                  id,
                  (chunk, mentors) -> {
                    announcer.announce(chunk, mentors);
                    indexer.commitImported(chunk, mentors.ids(), mentors);
                  }),
              executor);
      c.setAutoCommit(true);
    } catch (IOException | SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Import " + id + " failed", e);
      status = ImportJobView.Status.FAILED;
      failure = String.valueOf(e.getMessage());
    } finally {
      deleteQuietly(spool);
    }
    try {
      if (kind == ImportKind.MENTORS) {
        indexer.commitNow();
      }
      // Also after a failure: the chunks committed before it were not announced either.
      if (announcer.rebuildNeeded) {
        LOG.info("Import " + id + " changed too many mentors to announce; requesting a rebuild");
        indexer.requestRebuild();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Updating the search indexes after import " + id + " failed", e);
    }
    try (Connection c = dataSource.getConnection()) {
      ImportJobStore.finish(c, id, status, clock.instant(), failure);
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Recording the end of import " + id + " failed", e);
    }
    if (progress != null) {
      long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
      LOG.info(
          "Import "
              + id
              + " of "
              + kind
              + ": "
              + progress
              + " in "
              + millis
              + " ms ("
              + progress.read() * 1000 / millis
              + " lines/s)");
    }
  }

  private static boolean isBlank(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          if (!Character.isWhitespace(buffer[i])) {
            return false;
          }
        }
      }
      return true;
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete " + file, e);
    }
  }

  /** Decides, chunk by chunk, whether the other nodes learn of its mentors from the outbox. */
  private final class Announcer {
    private long announced;
    private boolean rebuildNeeded;

    void announce(Connection c, ImportedMentors mentors) throws SQLException {
      if (mentors.isEmpty() || rebuildNeeded) {
        return;
      }
      int size = mentors.ids().size();
      // A tail re-reads a window of ids below the highest it applied, so all of one transaction's
      // rows must fit in it: a chunk with more could lose some to a concurrent commit.
      if (announced + size <= config.outboxLimit() && size <= directory.outboxWindow()) {
        ImportOutbox.record(c, mentors.ids(), clock.instant());
        announced += size;
      } else {
        rebuildNeeded = true;
      }
    }
  }
}
