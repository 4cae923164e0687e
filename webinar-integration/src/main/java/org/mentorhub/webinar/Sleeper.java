package org.mentorhub.webinar;

import java.time.Duration;

/** Waits between retries; replaceable so tests can record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** The real thing: blocks the calling thread. */
  static Sleeper threadSleep() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
