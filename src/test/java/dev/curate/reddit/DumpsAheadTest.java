package dev.curate.reddit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.reddit.dump.DumpMonth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DumpsAheadTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.parse("2018-11");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private Path dump(String... lines) throws IOException {
    return Files.writeString(dir.resolve("RS.ndjson"), String.join("\n", lines) + "\n");
  }

  private static String post(String id, String subreddit, long created) {
    return "{\"id\":\""
        + id
        + "\",\"subreddit\":\""
        + subreddit
        + "\",\"created_utc\":"
        + created
        + ",\"title\":\"t\",\"score\":1,\"num_comments\":2}";
  }

  /** Bounded: a read that asked for the subreddits first would wait for them forever. */
  @Test
  @Timeout(30)
  void readsWithoutTheSubredditsUntilTheMonthsFirstPost() throws IOException {
    Path file = dump(post("a", "MachineLearning", 1500000000L), post("b", "other", 1400000000L));
    CompletableFuture<List<String>> never = new CompletableFuture<>();

    try (DumpsAhead ahead = DumpsAhead.start(List.of(file), NOVEMBER, never, CLOCK)) {
      DumpMonth.Read read = ahead.join(line -> {});

      assertThat(read.bySubreddit()).isEmpty();
    }
  }

  @Test
  void keepsTheMonthsPostsOfTheSubredditsKnownLaterAndTellsTheReadsLinesAtTheJoin()
      throws IOException {
    Path file =
        dump(
            post("a", "MachineLearning", 1500000000L),
            post("b", "machinelearning", 1541100000L),
            post("c", "other", 1541100001L));
    CompletableFuture<List<String>> subreddits = new CompletableFuture<>();
    List<String> told = new ArrayList<>();

    try (DumpsAhead ahead = DumpsAhead.start(List.of(file), NOVEMBER, subreddits, CLOCK)) {
      subreddits.complete(List.of("MachineLearning"));
      DumpMonth.Read read = ahead.join(told::add);

      assertThat(read.postsOf("MachineLearning").orElseThrow().archived())
          .extracting(archived -> archived.post().id())
          .containsExactly("b");
      assertThat(read.warnings()).singleElement().asString().contains("skipped 1 posts");
      assertThat(told)
          .containsExactly(
              "reddit: reading " + file + " for 2018-11",
              "reddit: RS.ndjson: 3 lines, 1 posts of 2018-11 kept");
    }
  }

  @Test
  void aMissingFileIsTheSameUsageErrorAtTheJoin() {
    Path missing = dir.resolve("missing.zst");

    try (DumpsAhead ahead =
        DumpsAhead.start(
            List.of(missing), NOVEMBER, CompletableFuture.completedFuture(List.of("x")), CLOCK)) {
      assertThatThrownBy(() -> ahead.join(line -> {}))
          .isInstanceOf(CurateException.class)
          .hasMessageContaining("--reddit-dump " + missing + " does not exist")
          .extracting(e -> ((CurateException) e).exitCode())
          .isEqualTo(ExitCode.USAGE);
    }
  }

  @Test
  void isTheReadOfItsOwnDumpsAndMonthOnly() throws IOException {
    Path file = dump(post("a", "MachineLearning", 1500000000L));
    try (DumpsAhead ahead =
        DumpsAhead.start(
            List.of(file), NOVEMBER, CompletableFuture.completedFuture(List.of()), CLOCK)) {
      assertThat(ahead.reads(List.of(file), NOVEMBER)).isTrue();
      assertThat(ahead.reads(List.of(file), CalendarMonth.parse("2018-12"))).isFalse();
      assertThat(ahead.reads(List.of(file, file), NOVEMBER)).isFalse();
    }
  }
}
