package dev.curate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SleeperTest {
  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void pauseWaitsAsLongAsAsked() throws InterruptedIOException {
    List<Duration> waits = new ArrayList<>();
    Sleeper recording = waits::add;

    recording.pause(Duration.ofSeconds(7), "pacing");

    assertThat(waits).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void anInterruptedPauseSaysWhatItWaitedForAndKeepsTheInterruptFlag() {
    Sleeper interrupted =
        d -> {
          throw new InterruptedException("sleep interrupted");
        };

    assertThatThrownBy(
            () -> interrupted.pause(Duration.ofSeconds(3), "waiting for Reddit's rate limit"))
        .isInstanceOf(InterruptedIOException.class)
        .hasMessage("interrupted while waiting for Reddit's rate limit")
        .hasCauseInstanceOf(InterruptedException.class);
    // The CLI maps an interrupted thread to exit 130, whatever exception carried it out.
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }
}
