package org.mentorhub.directory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mentorhub.directory.index.MentorDocument;
import org.mentorhub.directory.index.MentorFields;
import org.mentorhub.directory.index.MentorIndex;
import org.mentorhub.directory.index.MentorSearcher;
import org.mentorhub.platform.PlatformConfig;
import org.mentorhub.platform.persistence.DatabaseMigrations;
import org.mentorhub.platform.problem.ConflictException;
import org.mentorhub.training.TrainingConfig;

/**
 * Keeps this node's search index following the database: on start it rebuilds a missing or corrupt
 * index or catches up from the outbox, then tails the outbox every few hundred milliseconds,
 * applies each change from the database rows (never from the event itself), and commits its
 * position now and then. A crash loses nothing: the outbox is replayed from the last committed
 * position.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "DemoCommunityLoader"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DirectoryIndexer {

  private static final Logger LOG = Logger.getLogger(DirectoryIndexer.class.getName());
  private static final int BATCH = 2_000;
  private static final long COMMIT_SECONDS = 5;

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;

  @Inject PlatformConfig platform;
  @Inject DirectoryConfig config;
  @Inject Clock clock;
  @Inject TrainingConfig training;

  private MentorIndex index;
  private MentorSearcher searcher;
  private OutboxTail tail;
  private final Object applying = new Object();
  private final List<ScheduledFuture<?>> schedules = new ArrayList<>();
  private final Map<String, ReindexJob> jobs = new ConcurrentHashMap<>();
  private final AtomicReference<ReindexJob> running = new AtomicReference<>();
  private volatile long committed;
  private long lastBulkRefresh;
  private volatile boolean ready;

  @PostConstruct
  void start() {
    Path root = platform.dataDir().resolve("index").resolve("mentors");
    index = MentorIndex.open(root);
    searcher = new MentorSearcher(index);
    long from = index.committedOutboxId();
    if (index.needsRebuild()) {
      from = rebuild(null);
    } else {
      loadLabels();
    }
    tail = new OutboxTail(from, config.outboxWindow());
    committed = from;
    applyPendingChanges();
    ready = true;
    schedules.add(
        scheduler.scheduleWithFixedDelay(
            this::applyQuietly, config.pollMillis(), config.pollMillis(), TimeUnit.MILLISECONDS));
    schedules.add(
        scheduler.scheduleWithFixedDelay(
            this::commitQuietly, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS));
    schedules.add(scheduler.scheduleWithFixedDelay(this::pruneQuietly, 1, 60, TimeUnit.MINUTES));
    LOG.info("Mentor search index ready with " + index.size() + " documents under " + root);
  }

  @PreDestroy
  void stop() {
    schedules.forEach(s -> s.cancel(false));
    try {
      synchronized (applying) {
        index.commit(tail.highest());
      }
      index.close();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Closing the search index failed", e);
    }
  }

  /** The searcher over this node's index. */
  public MentorSearcher searcher() {
    return searcher;
  }

  /** Whether the index has been built or caught up since start. */
  public boolean isReady() {
    return ready;
  }

  /** How many documents the index holds. */
  public int size() {
    return index.size();
  }

  /**
   * Applies every outbox row not applied yet and makes the result searchable; returns how many
   * mentors were refreshed. Called by the poller, and directly by tests and the reindex job.
   */
  public int applyPendingChanges() {
    synchronized (applying) {
      try (Connection c = dataSource.getConnection()) {
        int total = 0;
        while (true) {
          List<OutboxTail.Row> rows = tail.unapplied(readOutbox(c, tail.readFrom()));
          if (rows.isEmpty()) {
            break;
          }
          Set<String> ids = new LinkedHashSet<>();
          rows.forEach(r -> ids.add(r.mentorId()));
          Map<String, MentorDocument> docs =
              MentorRows.load(c, ids, training.requireFoundationsForMentors());
          for (String id : ids) {
            MentorDocument doc = docs.get(id);
            if (doc == null) {
              index.delete(id);
            } else {
              index.upsert(doc);
            }
          }
          tail.markApplied(rows);
          total += ids.size();
          if (rows.size() < BATCH) {
            break;
          }
        }
        if (total > 0) {
          index.refresh();
        }
        return total;
      } catch (SQLException e) {
        throw new IllegalStateException("Reading the index outbox failed", e);
      }
    }
  }

  /**
   * Refreshes these mentors' documents from the database in one pass and makes them searchable: the
   * bulk import's way into the index, one call per committed chunk instead of one outbox row per
   * profile. While a full rebuild is running the ids go to the outbox instead, which the rebuild
   * replays, so no change is lost to the generation swap.
   */
  public void applyBulk(Collection<String> mentorIds) {
    if (mentorIds.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(mentorIds));
    synchronized (applying) {
      try (Connection c = dataSource.getConnection()) {
        if (running.get() != null) {
          for (String id : ids) {
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO index_outbox (mentor_id, created_at) VALUES (?, ?)")) {
              s.setString(1, id);
              s.setTimestamp(2, Timestamp.from(clock.instant()));
              s.executeUpdate();
            }
          }
          return;
        }
        for (int from = 0; from < ids.size(); from += BATCH) {
          List<String> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
          Map<String, MentorDocument> docs =
              MentorRows.load(c, part, training.requireFoundationsForMentors());
          for (String id : part) {
            MentorDocument doc = docs.get(id);
            if (doc == null) {
              index.delete(id);
            } else {
              index.upsert(doc);
            }
          }
        }
        // Reopening the searcher flushes a segment: at most once a second during an import keeps
        // segments large and imported mentors searchable within about a second.
        long now = System.nanoTime();
        if (now - lastBulkRefresh > 1_000_000_000L) {
          index.refresh();
          lastBulkRefresh = now;
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Reading imported mentors for the index failed", e);
      }
    }
  }

  /** Makes every change applied so far searchable and durable now, e.g. after a bulk import. */
  public void commitNow() {
    synchronized (applying) {
      index.refresh();
      long highest = tail.highest();
      index.commit(highest);
      committed = highest;
    }
  }

  /** Starts a full rebuild in the background; searches keep using the current index meanwhile. */
  public ReindexJob startReindex() {
    ReindexJob job = new ReindexJob(UUID.randomUUID().toString(), countMentors(), clock.instant());
    if (!running.compareAndSet(null, job)) {
      throw new ConflictException(
          "A rebuild is already running: " + running.get().view().id() + ".");
    }
    jobs.put(job.view().id(), job);
    executor.execute(
        () -> {
          try {
            long from = rebuild(job);
            synchronized (applying) {
              tail = new OutboxTail(from, config.outboxWindow());
            }
            applyPendingChanges();
            job.finish(clock.instant());
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
            job.fail(clock.instant(), e.getMessage());
          } finally {
            running.set(null);
          }
        });
    return job;
  }

  public Optional<ReindexJob> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /**
   * Writes a new index generation from the database and swaps it in. The outbox position is taken
   * before the first row is read, so every change made during the rebuild is replayed.
   */
  private long rebuild(ReindexJob job) {
    long started = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      long outboxAtStart = maxOutboxId(c);
      c.setAutoCommit(false);
      long count =
          index.rebuild(
              MentorRows.streamAll(c, training.requireFoundationsForMentors()),
              outboxAtStart,
              n -> {
                if (job != null) {
                  job.progress(n);
                }
              });
      c.commit();
      LOG.info(
          "Rebuilt the mentor index: "
              + count
              + " documents in "
              + Duration.ofNanos(System.nanoTime() - started).toMillis()
              + " ms");
      return outboxAtStart;
    } catch (SQLException e) {
      throw new IllegalStateException("Rebuilding the search index failed", e);
    }
  }

  private void loadLabels() {
    try (Connection c = dataSource.getConnection()) {
      for (String[] table :
          new String[][] {
            {"mentor_industry", MentorFields.DIM_INDUSTRY},
            {"mentor_expertise", MentorFields.DIM_EXPERTISE}
          }) {
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT tag FROM " + table[0]);
            ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            index.rememberLabel(table[1], rs.getString(1));
          }
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not read tag spellings; facets show lower case", e);
    }
  }

  private static List<OutboxTail.Row> readOutbox(Connection c, long after) throws SQLException {
    List<OutboxTail.Row> rows = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, mentor_id FROM index_outbox WHERE id > ? ORDER BY id FETCH FIRST "
                + BATCH
                + " ROWS ONLY")) {
      s.setLong(1, after);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(new OutboxTail.Row(rs.getLong(1), rs.getString(2)));
        }
      }
    }
    return rows;
  }

  private static long maxOutboxId(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM index_outbox");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private long countMentors() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM mentor_profile");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void applyQuietly() {
    try {
      applyPendingChanges();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Applying index changes failed; retrying on the next poll", e);
    }
  }

  private void commitQuietly() {
    try {
      synchronized (applying) {
        long highest = tail.highest();
        if (highest != committed) {
          index.commit(highest);
          committed = highest;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Committing the search index failed", e);
    }
  }

  /** Deletes outbox rows this node applied long ago. */
  private void pruneQuietly() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM index_outbox WHERE created_at < ? AND id <= ?")) {
      s.setTimestamp(
          1,
          Timestamp.from(clock.instant().minus(Duration.ofHours(config.outboxRetentionHours()))));
      s.setLong(2, committed);
      s.executeUpdate();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Pruning the index outbox failed", e);
    }
  }

  /** What a bulk import's chunk wrote of its mentors, as the index must show them. */
  public interface ImportedDocuments {
    /** The chunk's mentors' documents, read on its connection before it commits. */
    List<MentorDocument> read(Connection c, boolean requireTrained) throws SQLException;
  }

  /**
   * Commits one chunk of a bulk import on {@code c} and puts its mentors into this node's index in
   * the same step, under the lock the outbox tail applies changes with. The documents are read in
   * the chunk's transaction while the tail waits, so any other change to these mentors is either in
   * them or commits later and reaches the index through the outbox after them: an import never
   * overwrites a newer document. Searchers reopen at most every five seconds, which keeps segments
   * large and imported mentors searchable within seconds. While a rebuild runs, the chunk's mentors
   * are written to the outbox instead, in the chunk's transaction, for the rebuild to replay; the
   * generation being replaced would lose them.
   */
  public void commitImported(
      Connection c, Collection<String> mentorIds, ImportedDocuments documents) throws SQLException {
    synchronized (applying) {
      if (running.get() != null) {
        if (!mentorIds.isEmpty()) {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO index_outbox (mentor_id, created_at) VALUES (?, ?)")) {
            Timestamp now = Timestamp.from(clock.instant());
            for (String id : mentorIds) {
              s.setString(1, id);
              s.setTimestamp(2, now);
              s.addBatch();
            }
            s.executeBatch();
          }
        }
        c.commit();
        return;
      }
      List<MentorDocument> docs =
          mentorIds.isEmpty()
              ? List.of()
              : documents.read(c, training.requireFoundationsForMentors());
      c.commit();
      if (docs.isEmpty()) {
        return;
      }
      index.upsertAll(docs, executor);
      long now = System.nanoTime();
      if (now - lastBulkRefresh > IMPORT_REFRESH_NANOS) {
        index.refresh();
        lastBulkRefresh = now;
      }
    }
  }

  /**
   * How often an import reopens the searchers: each reopen flushes a segment, and a segment a
   * second during an import costs about as much in merging as the flushes themselves.
   */
  private static final long IMPORT_REFRESH_NANOS = 5_000_000_000L;

  /** Makes every node rebuild its index online from the database, e.g. after a large import. */
  public void requestRebuild() {
    try {
      startReindex();
    } catch (ConflictException e) {
      LOG.info("A rebuild was requested while one is running: " + e.getMessage());
    }
  }
}
