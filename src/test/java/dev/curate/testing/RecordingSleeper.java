package dev.curate.testing;

import dev.curate.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Records each wait and moves the test clock on by it, instead of sleeping; or, after {@link
 * #alsoSleepingFor(long)}, sleeps a fraction of it for real too, for the tests that must show a
 * wait is not cut off by a real timeout.
 */
public final class RecordingSleeper implements Sleeper {
  private final TestClock clock;
  private final List<Duration> sleeps = new ArrayList<>();
  private long realDivisor;

  public RecordingSleeper(TestClock clock) {
    this.clock = clock;
  }

  /**
   * From now on each wait also sleeps {@code 1/divisor} of its length in real time (1: all of it).
   */
  public RecordingSleeper alsoSleepingFor(long divisor) {
    this.realDivisor = divisor;
    return this;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    synchronized (this) {
      sleeps.add(duration);
      clock.advance(duration);
    }
    if (realDivisor > 0) {
      Thread.sleep(duration.dividedBy(realDivisor).toMillis());
    }
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public synchronized Duration total() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
