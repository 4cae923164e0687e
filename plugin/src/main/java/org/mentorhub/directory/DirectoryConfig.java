package org.mentorhub.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorhub.directory.index.MentorIndex;

/** Settings of the mentor directory: indexing, requests and matching weights. */
@ApplicationScoped
public class DirectoryConfig {

  @Inject
  @ConfigProperty(name = "mentorhub.directory.poll-millis", defaultValue = "200")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "mentorhub.directory.outbox-window", defaultValue = "1000")
  long outboxWindow;

  @Inject
  @ConfigProperty(name = "mentorhub.directory.outbox-retention-hours", defaultValue = "24")
  long outboxRetentionHours;

  @Inject
  @ConfigProperty(name = "mentorhub.directory.prune-seconds", defaultValue = "60")
  long pruneSeconds;

  @Inject
  @ConfigProperty(name = "mentorhub.directory.search-threads", defaultValue = "-1")
  int searchThreads;

  @Inject
  @ConfigProperty(name = "mentorhub.directory.request-expiry-days", defaultValue = "14")
  int requestExpiryDays;

  @Inject
  @ConfigProperty(name = "mentorhub.directory.max-open-requests", defaultValue = "3")
  int maxOpenRequests;

  /** How often the indexer looks for changes; a change is searchable within about this long. */
  public long pollMillis() {
    return pollMillis;
  }

  /** How many ids below the highest applied one are re-read, for ids that committed late. */
  public long outboxWindow() {
    return outboxWindow;
  }

  /**
   * How long outbox rows are kept for a node that is behind them; past this they are deleted even
   * if a node has not applied them, and that node rebuilds its index.
   */
  public long outboxRetentionHours() {
    return outboxRetentionHours;
  }

  /** How often a node prunes outbox rows every live node has applied. */
  public long pruneSeconds() {
    return pruneSeconds;
  }

  /**
   * Threads that search index segments beside a request's own thread; a negative value means one
   * fewer than the processors, 0 none.
   */
  public int searchThreads() {
    return searchThreads < 0 ? MentorIndex.defaultSliceThreads() : searchThreads;
  }

  /** Days after which an unanswered request expires. */
  public int requestExpiryDays() {
    return requestExpiryDays;
  }

  /** How many pending requests a mentee may have at once. */
  public int maxOpenRequests() {
    return maxOpenRequests;
  }
}
