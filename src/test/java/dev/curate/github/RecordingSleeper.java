package dev.curate.github;

import dev.curate.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each wait and moves the test clock on by it, instead of sleeping. */
final class RecordingSleeper implements Sleeper {
  private final TestClock clock;
  private final List<Duration> sleeps = new ArrayList<>();

  RecordingSleeper(TestClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  Duration total() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
