package org.mentorhub.directory.index;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An executor that runs each task on the thread that submits it. Lucene's {@code DrillSideways}
 * takes an executor to run the drill-down query and each dimension's sideways query as separate
 * searches; given this one, it does so one after another on the request's thread. Each separate
 * query is a conjunction with the other dimensions' filters, which Lucene leapfrogs from the rarest
 * clause, where the default (executor-less) plan visits every hit of the text query to count
 * sideways. On a server every request already has a thread, so spreading one search over more
 * threads would only take them from other requests.
 */
final class CallerRunsExecutor extends AbstractExecutorService {

  static final CallerRunsExecutor INSTANCE = new CallerRunsExecutor();

  private CallerRunsExecutor() {}

  @Override
  public void execute(Runnable command) {
    command.run();
  }

  /** Shared and stateless: never shut down. */
  @Override
  public void shutdown() {}

  @Override
  public List<Runnable> shutdownNow() {
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return false;
  }
}
