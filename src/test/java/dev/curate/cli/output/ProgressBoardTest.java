package dev.curate.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressBoardTest {
  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

  /** The one thread of a single source's fetch; {@link #GITHUB} and {@link #REDDIT} run at once. */
  private static final Object LANE = "lane";

  private static final Object GITHUB = "curate-github";
  private static final Object REDDIT = "curate-reddit";

  private final ProgressBoard board = new ProgressBoard();

  @Test
  void aSourcesLinesUpdateOneRowWithItsRequestsAndWhatItSaidLast() {
    board.line(LANE, "github: searching 2018-11 with 2 queries");
    board.requestSent(LANE);
    board.requestSent(LANE);
    board.line(LANE, "github: 'topic:gan' 2018-11: read 40 of 1,203 repositories (1 page)");

    assertThat(board.frame(T0, 120))
        .containsExactly(
            "github    2 requests | 'topic:gan' 2018-11: read 40 of 1,203 repositories (1 page)");
  }

  @Test
  void requestsCountForTheSourceThatSpokeLastAndEachSourceKeepsItsRow() {
    board.line(LANE, "github: searching 2018-11 with 1 query");
    board.requestSent(LANE);
    board.line(LANE, "r/MachineLearning: reading the top listing (t=year)");
    board.requestSent(LANE);
    board.requestSent(LANE);
    board.line(LANE, "r/MachineLearning: page 2, 100 posts (t=year)");

    assertThat(board.frame(T0, 120))
        .containsExactly(
            "github               1 request  | searching 2018-11 with 1 query",
            "r/MachineLearning    2 requests | page 2, 100 posts (t=year)");
  }

  @Test
  void sideBySideEachRequestAndWaitCountsForTheSourceThatSpokeLastOnItsOwnLane() {
    board.line(GITHUB, "github: searching 2018-11 with 1 query");
    board.line(REDDIT, "r/MachineLearning: reading the archive");
    board.requestSent(GITHUB);
    board.requestSent(GITHUB);
    board.requestSent(REDDIT);
    board.waiting(GITHUB, Duration.ofSeconds(7), "waiting for GitHub's search pacing", T0);
    board.line(REDDIT, "r/datascience: reading the archive");
    board.requestSent(REDDIT);
    board.requestSent(GITHUB);

    assertThat(board.frame(T0, 120))
        .containsExactly(
            "github               3 requests | waiting for GitHub's search pacing: 7s left |"
                + " searching 2018-11 with 1 query",
            "r/MachineLearning    1 request  | reading the archive",
            "r/datascience        1 request  | reading the archive");
  }

  @Test
  void githubsRowComesFirstWhicheverLaneSpokeFirst() {
    board.line(REDDIT, "r/MachineLearning: reading the archive");
    board.line(GITHUB, "github: searching 2018-11 with 1 query");
    board.line(REDDIT, "r/datascience: reading the archive");

    assertThat(board.frame(T0, 120))
        .extracting(row -> row.substring(0, row.indexOf(' ')))
        .containsExactly("github", "r/MachineLearning", "r/datascience");
  }

  @Test
  void otherLinesAreNotTheBoardsToShow() {
    assertThat(board.line(LANE, "Fetching 2018-11 (2018-11-01 to 2018-11-30 UTC) into /w"))
        .isFalse();
    assertThat(board.line(LANE, "GitHub: http://x, token from GH_TOKEN")).isFalse();
    assertThat(board.line(LANE, "warning: github: something")).isFalse();
    assertThat(board.frame(T0, 80)).isEmpty();
  }

  @Test
  void aWaitCountsDownOnItsSourcesRowAndIsGoneWhenItEnds() {
    board.line(LANE, "github: searching 2018-11 with 1 query");
    board.waiting(LANE, Duration.ofSeconds(42), "waiting for GitHub's rate limit", T0);

    assertThat(board.frame(T0, 120).get(0))
        .contains("waiting for GitHub's rate limit: 42s left | searching");
    assertThat(board.frame(T0.plusMillis(30_500), 120).get(0)).contains(": 12s left");
    assertThat(board.frame(T0.plusSeconds(42), 120).get(0)).doesNotContain("left");
  }

  @Test
  void aLongWaitIsShownInMinutesAndAShortOneNotAtAll() {
    board.line(LANE, "r/datascience: reading the archive");
    board.waiting(LANE, Duration.ofSeconds(125), "waiting for Reddit's rate limit", T0);
    assertThat(board.frame(T0, 120).get(0)).contains("waiting for Reddit's rate limit: 2m05s left");

    board.waiting(LANE, Duration.ofMillis(400), "pacing GitHub searches", T0);
    assertThat(board.frame(T0, 120).get(0)).doesNotContain("pacing");
  }

  @Test
  void theStoresSourceKeyIsTheSubredditsRowAndSavedReplacesSaving() {
    board.line(LANE, "r/MachineLearning: page 1, 100 posts (t=year)");
    board.line(LANE, "saving reddit:MachineLearning: 388 threads");
    assertThat(board.frame(T0, 120).get(0)).endsWith("| saving 388 threads");

    board.saved("reddit:MachineLearning");
    assertThat(board.frame(T0, 120)).hasSize(1);
    assertThat(board.frame(T0, 120).get(0)).endsWith("| saved 388 threads");
  }

  @Test
  void savedIsTheLastWordEvenWhenTheSourceSaidMoreDuringItsSave() {
    board.line(LANE, "saving github: 5 repositories");
    board.line(LANE, "github: stars gained in 2018-11 known for 4 of 5 candidates");
    board.saved("github");
    assertThat(board.frame(T0, 120).get(0)).endsWith("| saved 5 repositories");
  }

  @Test
  void everyRowIsCutToOneColumnLessThanTheTerminal() {
    board.line(LANE, "github: '" + "deep learning ".repeat(20) + "': read 1 of 1 repositories");
    String row = board.frame(T0, 80).get(0);
    assertThat(row).hasSize(79).endsWith("…");
  }

  @Test
  void finishingEndsEveryCountdown() {
    board.line(LANE, "github: searching 2018-11 with 1 query");
    board.waiting(LANE, Duration.ofMinutes(3), "waiting for GitHub's rate limit", T0);
    board.finish();
    assertThat(board.frame(T0, 120).get(0)).doesNotContain("left");
  }
}
