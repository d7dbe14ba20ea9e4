package dev.curate.testing;

import dev.curate.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each wait and moves the test clock on by it, instead of sleeping. */
public final class RecordingSleeper implements Sleeper {
  private final TestClock clock;
  private final List<Duration> sleeps = new ArrayList<>();

  public RecordingSleeper(TestClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public synchronized Duration total() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
