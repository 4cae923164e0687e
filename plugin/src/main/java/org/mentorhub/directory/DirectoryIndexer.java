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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.mentorhub.platform.cluster.ClusterConfig;
import org.mentorhub.platform.cluster.NodeIdentity;
import org.mentorhub.platform.persistence.DatabaseMigrations;
import org.mentorhub.platform.problem.ConflictException;
import org.mentorhub.training.TrainingConfig;

/**
 * Keeps this node's search index following the database: on start it rebuilds a missing or corrupt
 * index or catches up from the outbox, then tails the outbox every few hundred milliseconds,
 * applies each change from the database rows (never from the event itself), and commits its
 * position now and then. A crash loses nothing: the outbox is replayed from the last committed
 * position.
 *
 * <p>Every node of a cluster runs one of these over its own index and the shared outbox. Each
 * reports where it stands in {@code index_node} on a heartbeat; outbox rows are pruned once every
 * live node has applied them (or when too old, after which a node still behind them rebuilds), and
 * a rebuild asked for on one node is a new generation in {@code index_state} that every node
 * reaches on its own.
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
  @Inject ClusterConfig cluster;
  @Inject NodeIdentity identity;

  private MentorIndex index;
  private MentorSearcher searcher;
  private OutboxTail tail;
  private final Object applying = new Object();
  private final List<ScheduledFuture<?>> schedules = new ArrayList<>();
  private final AtomicReference<ReindexJob> running = new AtomicReference<>();
  private volatile long committed;
  private volatile boolean ready;
  private String nodeId;
  private Instant startedAt;
  // The rebuild generation this node's index was built at.
  private volatile long epoch;
  private volatile ReindexJob lastJob;

  @PostConstruct
  void start() {
    nodeId = identity.id();
    startedAt = clock.instant();
    Path root = platform.dataDir().resolve("index").resolve("mentors");
    index = MentorIndex.open(root, config.searchThreads());
    searcher = new MentorSearcher(index);
    IndexNodes.State state;
    Optional<IndexNodes.Node> mine;
    try (Connection c = dataSource.getConnection()) {
      state = IndexNodes.state(c);
      mine = IndexNodes.node(c, nodeId);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the cluster's index state failed", e);
    }
    long from = index.committedOutboxId();
    Optional<String> why = rebuildReason(state, mine, from);
    epoch = mine.map(IndexNodes.Node::epoch).orElse(why.isPresent() ? 0 : state.epoch());
    // Said before catching up, so the other nodes do not prune what this one is about to read
    // (a rebuild reads the database itself, so until it is done this node holds pruning at 0).
    try (Connection c = dataSource.getConnection()) {
      report(c, why.isPresent() ? 0 : Math.max(0, from - config.outboxWindow()));
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not tell the other nodes this one is starting", e);
    }
    if (why.isPresent()) {
      LOG.info("Rebuilding the mentor index at start: " + why.get());
      from = rebuild(null);
      epoch = state.epoch();
    } else {
      loadLabels();
    }
    tail = new OutboxTail(from, config.outboxWindow());
    committed = from;
    long catchUp = System.nanoTime();
    int caughtUp = applyPendingChanges();
    if (caughtUp > 0) {
      commitNow();
      LOG.info(
          "Caught up with "
              + caughtUp
              + " changed mentors from the outbox in "
              + Duration.ofNanos(System.nanoTime() - catchUp).toMillis()
              + " ms");
    }
    heartbeatQuietly();
    ready = true;
    schedules.add(
        scheduler.scheduleWithFixedDelay(
            this::applyQuietly, config.pollMillis(), config.pollMillis(), TimeUnit.MILLISECONDS));
    schedules.add(
        scheduler.scheduleWithFixedDelay(
            this::commitQuietly, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS));
    long beat = cluster.heartbeatSeconds();
    schedules.add(
        scheduler.scheduleWithFixedDelay(this::heartbeatQuietly, beat, beat, TimeUnit.SECONDS));
    long prune = config.pruneSeconds();
    schedules.add(
        scheduler.scheduleWithFixedDelay(this::pruneQuietly, prune, prune, TimeUnit.SECONDS));
    LOG.info(
        "Mentor search index of node "
            + nodeId
            + " ready with "
            + index.size()
            + " documents under "
            + root);
  }

  /** Why this node's index cannot simply catch up from the outbox, if it cannot. */
  private Optional<String> rebuildReason(
      IndexNodes.State state, Optional<IndexNodes.Node> mine, long position) {
    if (index.needsRebuild()) {
      return Optional.of("the index is missing or unreadable");
    }
    if (mine.isPresent() && mine.get().epoch() < state.epoch()) {
      return Optional.of("a rebuild was asked for while this node was away");
    }
    if (state.prunedThrough() > Math.max(0, position - config.outboxWindow())) {
      return Optional.of("changes it had not applied were pruned from the outbox");
    }
    return Optional.empty();
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
        // Each read spans the trailing window and a batch beyond it, so a full read always has
        // rows past the window; the loop ends on a short read, not on a short batch of fresh rows
        // (the window's rows were applied before and are filtered out).
        int limit = (int) Math.min(Integer.MAX_VALUE, config.outboxWindow() + BATCH);
        while (true) {
          List<OutboxTail.Row> read = readOutbox(c, tail.readFrom(), limit);
          List<OutboxTail.Row> rows = tail.unapplied(read);
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
          if (read.size() < limit) {
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

  /** Makes every change applied so far searchable and durable now, e.g. after a bulk import. */
  public void commitNow() {
    synchronized (applying) {
      index.refresh();
      long highest = tail.highest();
      index.commit(highest);
      committed = highest;
    }
  }

  /**
   * Asks every node to rebuild its index from the database, online; returns the generation they
   * will reach. Refused while a rebuild is still under way on any live node.
   */
  public RebuildView startReindex() {
    long requested;
    try (Connection c = dataSource.getConnection()) {
      IndexNodes.State state = IndexNodes.state(c);
      Instant now = clock.instant();
      boolean behind =
          IndexNodes.nodes(c).stream()
              .anyMatch(n -> n.liveAt(now, nodeTimeout()) && n.epoch() < state.epoch());
      if (behind || running.get() != null) {
        throw new ConflictException("A rebuild is already running: " + state.epoch() + ".");
      }
      requested = IndexNodes.raiseEpoch(c, now, "asked for by an administrator");
    } catch (SQLException e) {
      throw new IllegalStateException("Asking for a rebuild failed", e);
    }
    heartbeatQuietly();
    return rebuildView(requested).orElseThrow();
  }

  /**
   * Makes every node rebuild its index from the database, even if a rebuild is running (it may have
   * read the database before the change that asks for this one); e.g. after a large import.
   */
  public long requestRebuild(String reason) {
    long requested = raiseEpoch(reason);
    heartbeatQuietly();
    return requested;
  }

  /**
   * After a bulk change this node has already applied to its own index (a large import): every
   * other node rebuilds from the database, this one takes the new generation as it is. If this node
   * is itself rebuilding, that rebuild may have read the database before the change, so it rebuilds
   * again like the others.
   */
  public void requestRebuild() {
    long requested = raiseEpoch("a bulk import on " + nodeId);
    if (running.get() == null) {
      epoch = Math.max(epoch, requested);
    }
    heartbeatQuietly();
  }

  private long raiseEpoch(String reason) {
    try (Connection c = dataSource.getConnection()) {
      return IndexNodes.raiseEpoch(c, clock.instant(), reason);
    } catch (SQLException e) {
      throw new IllegalStateException("Asking for a rebuild failed", e);
    }
  }

  /** How the rebuild to generation {@code id} stands on the live nodes, read from the database. */
  public Optional<RebuildView> rebuildView(long id) {
    try (Connection c = dataSource.getConnection()) {
      IndexNodes.State state = IndexNodes.state(c);
      if (id < 1 || id > state.epoch()) {
        return Optional.empty();
      }
      return Optional.of(
          RebuildView.of(
              id, state, IndexNodes.nodes(c), clock.instant(), nodeTimeout(), countMentors()));
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the rebuild's progress failed", e);
    }
  }

  /** Every node that has run on this database, as the others last heard of it. */
  public List<RebuildView.NodeView> nodes() {
    try (Connection c = dataSource.getConnection()) {
      Instant now = clock.instant();
      long newest = maxOutboxId(c);
      return IndexNodes.nodes(c).stream()
          .map(n -> RebuildView.NodeView.of(n, now, nodeTimeout(), newest))
          .toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the cluster's nodes failed", e);
    }
  }

  /** This node's name among the nodes sharing the database. */
  public String nodeId() {
    return nodeId;
  }

  private Duration nodeTimeout() {
    return Duration.ofSeconds(cluster.nodeTimeoutSeconds());
  }

  /** Starts this node's own rebuild in the background unless one is running. */
  private void startLocalRebuild(long toEpoch, String reason) {
    ReindexJob job = new ReindexJob(String.valueOf(toEpoch), countMentors(), clock.instant());
    if (!running.compareAndSet(null, job)) {
      return;
    }
    lastJob = job;
    LOG.info("Rebuilding the mentor index online: " + reason);
    executor.execute(
        () -> {
          try {
            long from = rebuild(job);
            synchronized (applying) {
              tail = new OutboxTail(from, config.outboxWindow());
            }
            applyPendingChanges();
            epoch = Math.max(epoch, toEpoch);
            job.finish(clock.instant());
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
            job.fail(clock.instant(), e.getMessage());
          } finally {
            running.set(null);
            heartbeatQuietly();
          }
        });
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
              },
              executor);
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
      for (String[] column :
          new String[][] {
            {"industries", MentorFields.DIM_INDUSTRY},
            {"expertise", MentorFields.DIM_EXPERTISE}
          }) {
        // Mentors share most of their lists, so the database hands over each distinct one once.
        try (PreparedStatement s =
                c.prepareStatement("SELECT DISTINCT " + column[0] + " FROM mentor_profile");
            ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            for (String tag : TagColumn.read(rs.getString(1))) {
              index.rememberLabel(column[1], tag);
            }
          }
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not read tag spellings; facets show lower case", e);
    }
  }

  private static List<OutboxTail.Row> readOutbox(Connection c, long after, int limit)
      throws SQLException {
    List<OutboxTail.Row> rows = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, mentor_id FROM index_outbox WHERE id > ? ORDER BY id FETCH FIRST "
                + limit
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

  /**
   * Tells the other nodes where this node's index stands, and starts a rebuild when the cluster
   * asked for a new generation or pruned changes this node never applied.
   */
  private void heartbeatQuietly() {
    try (Connection c = dataSource.getConnection()) {
      long through;
      synchronized (applying) {
        through = tail == null ? 0 : tail.readFrom();
      }
      report(c, through);
      IndexNodes.State state = IndexNodes.state(c);
      if (!ready || running.get() != null) {
        return;
      }
      if (state.epoch() > epoch) {
        startLocalRebuild(
            state.epoch(),
            "generation "
                + state.epoch()
                + " was asked for"
                + (state.epochReason() == null ? "" : " (" + state.epochReason() + ")"));
      } else if (state.prunedThrough() > through) {
        startLocalRebuild(epoch, "changes it had not applied were pruned from the outbox");
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "The index heartbeat failed; trying again on the next one", e);
    }
  }

  /** Writes this node's row: {@code through} as its position, the rest as it stands now. */
  private void report(Connection c, long through) throws SQLException {
    ReindexJob job = lastJob;
    IndexNodes.report(
        c,
        new IndexNodes.Report(
            nodeId, startedAt, through, index.size(), epoch, job == null ? null : job.view()),
        clock.instant());
  }

  /** Deletes outbox rows every live node has applied, and any past the retention age. */
  private void pruneQuietly() {
    try (Connection c = dataSource.getConnection()) {
      IndexNodes.prune(
          c,
          clock.instant(),
          nodeTimeout(),
          Duration.ofHours(config.outboxRetentionHours()),
          config.outboxWindow(),
          nodeId);
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
   * Commits one chunk of a bulk import on {@code c} and hands its mentors to this node's index in
   * the same step, under the lock the outbox tail applies changes with. The documents are read in
   * the chunk's transaction while the tail waits, so any other change to these mentors is either in
   * them or commits later and reaches the index through the outbox after them (every later write to
   * the index waits for a handed-off one): an import never overwrites a newer document. Searchers
   * reopen at most every five seconds (see {@link MentorIndex#upsertAllInBackground}). While a
   * rebuild runs, the chunk's mentors are written to the outbox instead, in the chunk's
   * transaction, for the rebuild to replay; the generation being replaced would lose them.
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
      // The import writes its next chunk while these are indexed; the next write to the index,
      // this import's or any other, waits for them first, so none can overtake them.
      index.upsertAllInBackground(docs, executor);
    }
  }
}
