package dev.curate.http;

import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * Every wait curate makes (backoff, rate limits, pacing) goes through one of these, so tests
 * replace it and assert the waits instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /**
   * {@link #sleep} for the waits inside OkHttp interceptors, which may throw only {@code
   * IOException}s: an interrupt (Ctrl-C) keeps the thread's flag, so the CLI still exits 130, and
   * leaves as an {@link InterruptedIOException} saying what was being waited for.
   *
   * @param waitingFor what the wait is for, as in "interrupted while {@code waitingFor}"
   */
  default void pause(Duration duration, String waitingFor) throws InterruptedIOException {
    try {
      sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while " + waitingFor);
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  static Sleeper system() {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        Thread.sleep(d.toMillis());
      }
    };
  }
}
