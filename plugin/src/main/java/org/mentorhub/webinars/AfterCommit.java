package org.mentorhub.webinars;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs work once the current transaction has committed, and never if it rolls back: events other
 * features observe and background copies must not act on a write that did not happen.
 */
@ApplicationScoped
public class AfterCommit {

  private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry registry;

  /** Schedules {@code action} for after the commit of the caller's transaction. */
  public void run(Runnable action) {
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              return;
            }
            try {
              action.run();
            } catch (RuntimeException e) {
              // The write is committed; a failing follower must not turn it into an error.
              LOG.log(Level.WARNING, "After-commit action failed", e);
            }
          }
        });
  }
}
