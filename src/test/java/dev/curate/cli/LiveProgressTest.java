package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.testing.TestClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveProgressTest {
  private static final String ESC = "\u001B";

  private final StringWriter written = new StringWriter();
  private final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
  private final LiveProgress live =
      new LiveProgress(new PrintWriter(written), clock, 80, /* ticking= */ false);

  @Test
  void aNewSourceRowIsDrawnAtOnceAndLaterChangesRedrawItInPlace() {
    live.line("github: searching 2018-11 with 1 query");
    assertThat(written.toString())
        .isEqualTo("\r" + ESC + "[2Kgithub    0 requests | searching 2018-11 with 1 query\n");

    live.sent();
    live.tick();
    assertThat(drawnSince(0))
        .endsWith(
            "\r"
                + ESC
                + "[1A"
                + ESC
                + "[2Kgithub    1 request  | searching 2018-11 with 1 query\n");
  }

  @Test
  void nothingIsRewrittenWhenTheFrameDidNotChange() {
    live.line("github: searching 2018-11 with 1 query");
    int before = written.toString().length();
    live.tick();
    live.tick();
    assertThat(written.toString()).hasSize(before);
  }

  @Test
  void aCountdownMovesWithTheClockAlone() {
    live.line("github: searching 2018-11 with 1 query");
    live.waiting(Duration.ofSeconds(5), "waiting for GitHub's rate limit");
    live.tick();
    assertThat(lastFrame()).contains("waiting for GitHub's rate limit: 5s left");
    clock.advance(Duration.ofSeconds(2));
    live.tick();
    assertThat(lastFrame()).contains("waiting for GitHub's rate limit: 3s left");
  }

  @Test
  void otherLinesGoAboveTheRowsWhichAreRedrawnUnderThem() {
    live.line("github: searching 2018-11 with 1 query");
    live.line("r/MachineLearning: reading the archive");
    int mark = written.toString().length();
    live.printer().println("warning: github: something to say");
    assertThat(drawnSince(mark))
        .isEqualTo(
            "\r"
                + ESC
                + "[2A"
                + ESC
                + "[J"
                + "warning: github: something to say\n"
                + "\r"
                + ESC
                + "[2Kgithub               0 requests | searching 2018-11 with 1 query\n"
                + ESC
                + "[2Kr/MachineLearning    0 requests | reading the archive\n");
  }

  @Test
  void afterClosingTheLastFrameStaysAndLaterLinesArePlain() {
    live.line("github: searching 2018-11 with 1 query");
    live.waiting(Duration.ofSeconds(30), "waiting for GitHub's rate limit");
    live.close();
    assertThat(lastFrame()).doesNotContain("left");
    int mark = written.toString().length();
    live.line("Fetched 2018-11 into /ws");
    live.tick();
    assertThat(written.toString().substring(mark)).isEqualTo("Fetched 2018-11 into /ws\n");
  }

  @Test
  void theWatchingSleeperStartsTheCountdownOfEveryPause() throws Exception {
    List<Duration> slept = new ArrayList<>();
    live.line("r/MachineLearning: reading the archive");
    live.watching(slept::add).pause(Duration.ofSeconds(9), "waiting for Reddit's rate limit");
    live.tick();
    assertThat(slept).containsExactly(Duration.ofSeconds(9));
    assertThat(lastFrame()).contains("waiting for Reddit's rate limit: 9s left");
  }

  private String drawnSince(int mark) {
    return written.toString().substring(mark);
  }

  /** The last row drawn. */
  private String lastFrame() {
    String all = written.toString();
    int start = all.lastIndexOf(ESC + "[2K");
    return all.substring(start);
  }
}
