package org.mentorhub.directory.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The one owner of the mentor index: its writer, its searcher manager and the facet state of the
 * current reader. Everything that writes or searches goes through here.
 *
 * <p>The index lives in a generation folder under {@code root}; a rebuild writes a new generation
 * beside the live one while searches keep using the old, then swaps them in one step. The last
 * outbox id applied is kept in the commit's user data, so after a restart the indexer knows from
 * where to catch up.
 */
public final class MentorIndex implements Closeable {

  private static final Logger LOG = Logger.getLogger(MentorIndex.class.getName());
  private static final String CURRENT = "CURRENT";
  private static final String OUTBOX_ID = "outboxId";

  /**
   * The document format a generation was written with, kept in its commit data. Bump it whenever
   * {@link MentorDocuments} writes different fields: an index of another format is rebuilt from the
   * database at start (searches use it meanwhile), since its documents lack what searches read.
   * Version 2 added each facet dimension's own counting field.
   */
  static final String FORMAT = "format";

  static final String FORMAT_VERSION = "2";

  /** Documents a rebuild reads before it shares their analysis out. */
  private static final int REBUILD_CHUNK = 1_000;

  private final Path root;
  private final FacetsConfig facets = MentorDocuments.facetsConfig();
  private final Map<String, String> labels = new ConcurrentHashMap<>();

  /** The write {@link #upsertAllInBackground} handed off and no later write has waited for yet. */
  private final AtomicReference<Handoff> behind = new AtomicReference<>();

  private volatile Generation live;
  private volatile FacetState facetState;
  private final boolean needsRebuild;

  /**
   * Runs a search's segment slices beside the searching thread (which takes slices too), so one
   * search over a large index uses more than one core; null to search on the calling thread only.
   */
  private final ExecutorService slicePool;

  /** Makes every generation's searchers, with {@link #slicePool}. */
  private final SearcherFactory searchers;

  /** One generation's directory, writer and searcher manager. */
  private record Generation(
      Path path, Directory directory, IndexWriter writer, SearcherManager searchers)
      implements Closeable {
    @Override
    public void close() throws IOException {
      searchers.close();
      writer.close();
      directory.close();
    }
  }

  /** The facet ordinals of one reader; built once per refresh, shared by all searches on it. */
  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private MentorIndex(
      Path root,
      Generation live,
      boolean needsRebuild,
      ExecutorService slicePool,
      SearcherFactory searchers) {
    this.root = root;
    this.live = live;
    this.needsRebuild = needsRebuild;
    this.slicePool = slicePool;
    this.searchers = searchers;
  }

  /**
   * Opens the index under {@code root}, or creates an empty one when it is missing or unreadable;
   * {@link #needsRebuild()} then says the caller must fill it from the database.
   */
  public static MentorIndex open(Path root) {
    return open(root, 0);
  }

  /**
   * As {@link #open(Path)}, with {@code sliceThreads} threads that search segment slices beside the
   * searching thread: a slow search on a large index then takes about a core's share less time.
   * Lucene runs slices on the calling thread too, so busy slice threads never hold a search up, and
   * 0 searches on the calling thread alone.
   */
  public static MentorIndex open(Path root, int sliceThreads) {
    ExecutorService slicePool = sliceThreads > 0 ? slicePool(sliceThreads) : null;
    try {
      return open(root, slicePool);
    } catch (RuntimeException e) {
      if (slicePool != null) {
        slicePool.shutdownNow();
      }
      throw e;
    }
  }

  /** The slice threads a server uses unless configured: one fewer than its processors. */
  public static int defaultSliceThreads() {
    return Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
  }

  private static MentorIndex open(Path root, ExecutorService slicePool) {
    SearcherFactory searchers = searcherFactory(slicePool);
    try {
      Files.createDirectories(root);
      Path current = currentGeneration(root);
      if (current != null) {
        try {
          if (DirectoryReader.indexExists(FSDirectory.open(current))) {
            Generation generation = openGeneration(current, searchers);
            String format = commitData(generation.writer(), FORMAT);
            boolean stale = !FORMAT_VERSION.equals(format);
            if (stale) {
              LOG.info(
                  "The search index at "
                      + current
                      + " has document format "
                      + format
                      + ", not "
                      + FORMAT_VERSION
                      + "; rebuilding");
            }
            return new MentorIndex(root, generation, stale, slicePool, searchers);
          }
        } catch (IOException | RuntimeException e) {
          LOG.log(
              Level.WARNING, "The search index at " + current + " is unreadable; rebuilding", e);
        }
      }
      Path fresh = newGenerationPath(root);
      Generation generation = openGeneration(fresh, searchers);
      generation.writer().setLiveCommitData(Map.of(FORMAT, FORMAT_VERSION).entrySet());
      generation.writer().commit();
      writeCurrent(root, fresh);
      return new MentorIndex(root, generation, true, slicePool, searchers);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index under " + root, e);
    }
  }

  /**
   * Whether the index was missing, corrupt or of an older document format, and must be rebuilt from
   * the database.
   */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  /** The last outbox id whose change is in the committed index; 0 for a new index. */
  public long committedOutboxId() {
    String id = commitData(live.writer(), OUTBOX_ID);
    return id == null ? 0 : Long.parseLong(id);
  }

  private static String commitData(IndexWriter writer, String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (entry.getKey().equals(key)) {
          return entry.getValue();
        }
      }
    }
    return null;
  }

  /** Adds or replaces a mentor's document. */
  public void upsert(MentorDocument mentor) {
    settle();
    write(mentor);
  }

  private void write(MentorDocument mentor) {
    try {
      rememberLabels(mentor);
      live.writer()
          .updateDocument(
              new Term(MentorFields.ID, mentor.id()), MentorDocuments.toLucene(mentor, facets));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds or replaces many mentors' documents, sharing them with {@code helper}: analysing the text
   * is most of a bulk import's cost, and the writer takes documents from several threads at once.
   */
  public void upsertAll(List<MentorDocument> mentors, Executor helper) {
    settle();
    shared(mentors.size(), i -> write(mentors.get(i)), helper);
  }

  /**
   * How often handed-off bulk writes reopen the searchers: each reopen flushes a segment, and a
   * segment a second during an import costs about as much in merging as the flushes themselves.
   * Five seconds keeps segments large and imported mentors searchable within seconds.
   */
  private static final long BULK_REFRESH_NANOS = 5_000_000_000L;

  /** When the next handed-off bulk write reopens the searchers ({@link System#nanoTime()}). */
  private long nextBulkRefresh = System.nanoTime();

  /**
   * As {@link #upsertAll}, but on a task of {@code executor}, returning at once (then reopening the
   * searchers if the last hand-off to do so was {@link #BULK_REFRESH_NANOS} ago): a bulk import
   * writes its next chunk to the database while the index takes this one, so both cores stay busy.
   * Every later write to the index (and {@link #settle()}) first waits for it, so writes still
   * apply in the order they were asked for; if no thread of {@code executor} has taken the task by
   * then, the waiting thread does it itself, so a full pool only costs the overlap. Its failure is
   * thrown by that later write.
   */
  public void upsertAllInBackground(List<MentorDocument> mentors, Executor executor) {
    settle();
    long now = System.nanoTime();
    boolean thenRefresh = now - nextBulkRefresh >= 0;
    if (thenRefresh) {
      nextBulkRefresh = now + BULK_REFRESH_NANOS;
    }
    Handoff handoff =
        new Handoff(
            () -> {
              shared(mentors.size(), i -> write(mentors.get(i)), executor);
              if (thenRefresh) {
                refreshNow();
              }
            });
    behind.set(handoff);
    try {
      executor.execute(handoff::run);
    } catch (RejectedExecutionException e) {
      settle();
    }
  }

  /**
   * Waits until the write handed off by {@link #upsertAllInBackground} is done (doing it on this
   * thread if no other has started it), and throws its failure if it failed.
   */
  public void settle() {
    Handoff handoff = behind.get();
    if (handoff == null) {
      return;
    }
    handoff.run();
    handoff.await();
    if (behind.compareAndSet(handoff, null) && handoff.failure != null) {
      throw handoff.failure;
    }
  }

  /** One handed-off write: run once, by whichever thread claims it first. */
  private static final class Handoff {
    private final Runnable work;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile RuntimeException failure;

    Handoff(Runnable work) {
      this.work = work;
    }

    void run() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        work.run();
      } catch (RuntimeException e) {
        failure = e;
      } finally {
        done.countDown();
      }
    }

    void await() {
      boolean interrupted = false;
      while (true) {
        try {
          done.await();
          break;
        } catch (InterruptedException e) {
          // The write is under way on another thread and must be waited for all the same.
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Runs {@code work} for 0 until {@code count}, on this thread and on one task of {@code helper}.
   * Both take the next index from one counter, so when the helper starts late (its pool is busy)
   * the caller simply does more, and never waits for a task that has not started.
   */
  private static void shared(int count, IntConsumer work, Executor helper) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          int i;
          while ((i = next.getAndIncrement()) < count) {
            try {
              if (failure.get() == null) {
                work.accept(i);
              }
            } catch (RuntimeException e) {
              failure.compareAndSet(null, e);
            } finally {
              done.incrementAndGet();
            }
          }
        };
    if (count >= 100 && helper != null) {
      try {
        helper.execute(worker);
      } catch (RejectedExecutionException e) {
        // The caller does it all.
      }
    }
    worker.run();
    // Only the documents the helper took are left: at most the one it is writing.
    while (done.get() < count) {
      LockSupport.parkNanos(100_000);
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  public void delete(String mentorId) {
    settle();
    try {
      live.writer().deleteDocuments(new Term(MentorFields.ID, mentorId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes what was written so far visible to searches (near-real-time, no fsync). */
  public void refresh() {
    settle();
    refreshNow();
  }

  private void refreshNow() {
    try {
      live.searchers().maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the index durable, recording that changes up to {@code outboxId} are in it. */
  public void commit(long outboxId) {
    settle();
    try {
      IndexWriter writer = live.writer();
      // The generation keeps the format it was written with: an old one is still rebuilt later.
      String format = commitData(writer, FORMAT);
      writer.setLiveCommitData(
          (format == null
                  ? Map.of(OUTBOX_ID, Long.toString(outboxId))
                  : Map.of(OUTBOX_ID, Long.toString(outboxId), FORMAT, format))
              .entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A search on the current reader, with its facet state; the reader is released afterwards. */
  public <T> T search(SearchAction<T> action) {
    SearcherManager searchers = live.searchers();
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return action.apply(searcher, facetState(searcher.getIndexReader()), facets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not release a searcher", e);
      }
    }
  }

  /** Work done with a searcher. */
  @FunctionalInterface
  public interface SearchAction<T> {
    T apply(IndexSearcher searcher, SortedSetDocValuesReaderState facets, FacetsConfig config)
        throws IOException;
  }

  /** The spelling a facet key was first entered with, for display. */
  public String label(String dim, String key) {
    return labels.getOrDefault(dim + '\u0000' + key, key);
  }

  /** Records display spellings known from elsewhere (the database) after a restart. */
  public void rememberLabel(String dim, String tag) {
    labels.putIfAbsent(dim + '\u0000' + MentorDocuments.tagKey(tag), tag.trim());
  }

  /** Every label known for a dimension, for suggestions. */
  public Stream<String> labels(String dim) {
    String prefix = dim + '\u0000';
    return labels.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .map(Map.Entry::getValue);
  }

  /**
   * Builds a new generation from {@code mentors} while searches keep using the live one, then swaps
   * it in and deletes the old. Changes made meanwhile are caught up by the caller replaying the
   * outbox from {@code outboxIdAtStart}, which the new generation records.
   *
   * @return how many documents were written
   */
  public synchronized long rebuild(
      Iterator<MentorDocument> mentors, long outboxIdAtStart, LongConsumer progress) {
    return rebuild(mentors, outboxIdAtStart, progress, null);
  }

  /**
   * As {@link #rebuild(Iterator, long, LongConsumer)}, analysing each chunk of documents on this
   * thread and on a task of {@code helper} (null: this thread alone), which nearly halves a rebuild
   * on two cores: the text analysis, not reading the rows, is its cost.
   */
  public synchronized long rebuild(
      Iterator<MentorDocument> mentors,
      long outboxIdAtStart,
      LongConsumer progress,
      Executor helper) {
    settle();
    Path path = newGenerationPath(root);
    Generation fresh;
    try {
      fresh = openGeneration(path, searchers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long count = 0;
    try {
      List<MentorDocument> chunk = new ArrayList<>(REBUILD_CHUNK);
      while (mentors.hasNext()) {
        chunk.add(mentors.next());
        if (chunk.size() == REBUILD_CHUNK || !mentors.hasNext()) {
          List<MentorDocument> docs = chunk;
          shared(docs.size(), i -> add(fresh.writer(), docs.get(i)), helper);
          long before = count;
          count += docs.size();
          if (count / 10_000 > before / 10_000) {
            progress.accept(count);
          }
          chunk = new ArrayList<>(REBUILD_CHUNK);
        }
      }
      progress.accept(count);
      fresh
          .writer()
          .setLiveCommitData(
              Map.of(OUTBOX_ID, Long.toString(outboxIdAtStart), FORMAT, FORMAT_VERSION).entrySet());
      fresh.writer().commit();
      fresh.searchers().maybeRefreshBlocking();
      writeCurrent(root, path);
    } catch (IOException | RuntimeException e) {
      closeQuietly(fresh);
      deleteQuietly(path);
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
    Generation old = live;
    live = fresh;
    closeQuietly(old);
    deleteQuietly(old.path());
    return count;
  }

  private void add(IndexWriter writer, MentorDocument mentor) {
    rememberLabels(mentor);
    try {
      writer.addDocument(MentorDocuments.toLucene(mentor, facets));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many documents the current reader holds (listed or not). */
  public int size() {
    return search((searcher, state, config) -> searcher.getIndexReader().numDocs());
  }

  @Override
  public void close() throws IOException {
    try {
      settle();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The last handed-off index write failed", e);
    }
    try {
      live.close();
    } finally {
      if (slicePool != null) {
        slicePool.shutdown();
      }
    }
  }

  private void rememberLabels(MentorDocument mentor) {
    mentor.industries().forEach(tag -> rememberLabel(MentorFields.DIM_INDUSTRY, tag));
    mentor.expertise().forEach(tag -> rememberLabel(MentorFields.DIM_EXPERTISE, tag));
  }

  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState cached = facetState;
    if (cached != null && cached.reader() == reader) {
      return cached.state();
    }
    synchronized (this) {
      cached = facetState;
      if (cached != null && cached.reader() == reader) {
        return cached.state();
      }
      SortedSetDocValuesReaderState state =
          reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, facets);
      facetState = new FacetState(reader, state);
      return state;
    }
  }

  private static SearcherFactory searcherFactory(ExecutorService slicePool) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return new IndexSearcher(reader, slicePool);
      }
    };
  }

  /** Daemon threads, so a forgotten close never keeps a JVM alive. */
  private static ExecutorService slicePool(int threads) {
    AtomicInteger created = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        task -> {
          Thread thread = new Thread(task, "mentorhub-search-" + created.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  private static Generation openGeneration(Path path, SearcherFactory searchers)
      throws IOException {
    Directory directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(MentorAnalyzers.forIndexing());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // A large buffer makes full rebuilds fast; NRT refreshes flush small segments anyway.
    config.setRAMBufferSizeMB(128);
    IndexWriter writer = new IndexWriter(directory, config);
    return new Generation(path, directory, writer, new SearcherManager(writer, searchers));
  }

  private static Path currentGeneration(Path root) throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.exists(pointer)) {
      return null;
    }
    Path generation = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
    return Files.isDirectory(generation) ? generation : null;
  }

  private static Path newGenerationPath(Path root) {
    return root.resolve(String.format(Locale.ROOT, "gen-%d", System.nanoTime()));
  }

  /**
   * Points CURRENT at a generation atomically, so a crash leaves the old or the new, never half.
   */
  private static void writeCurrent(Path root, Path generation) throws IOException {
    Path temp = root.resolve(CURRENT + ".tmp");
    Files.writeString(temp, generation.getFileName().toString(), StandardCharsets.UTF_8);
    try {
      Files.move(
          temp,
          root.resolve(CURRENT),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void closeQuietly(Generation generation) {
    try {
      generation.close();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not close index generation " + generation.path(), e);
    }
  }

  private static void deleteQuietly(Path path) {
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete old index generation " + path, e);
    }
  }
}
