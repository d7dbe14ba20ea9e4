package dev.curate.http;

import java.time.Duration;

/**
 * Every wait curate makes (backoff, rate limits, pacing) goes through one of these, so tests
 * replace it and assert the waits instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  static Sleeper system() {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        Thread.sleep(d.toMillis());
      }
    };
  }
}
