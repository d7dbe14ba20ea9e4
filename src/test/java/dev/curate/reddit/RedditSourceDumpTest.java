package dev.curate.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.Endpoints;
import dev.curate.config.RedditSettings;
import dev.curate.config.RedditSourceChoice;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.SubredditFetch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump's posts are mapped to threads by the read itself; {@code fetchDumps} only assembles the
 * results, the same whether the read was started ahead or not.
 */
class RedditSourceDumpTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant READ_AT = Instant.parse("2026-11-28T10:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-28T11:00:00Z");

  @TempDir Path dir;
  final List<String> progress = new ArrayList<>();

  /** Without the refresh: a stack asked for fails the test. */
  private RedditSource source(Instant now) {
    return new RedditSource(
        new RedditSettings(List.of("MachineLearning"), 10, RedditSourceChoice.auto, 0),
        new Endpoints(
            "http://127.0.0.1:9/github",
            "http://127.0.0.1:9",
            "http://127.0.0.1:9",
            "http://127.0.0.1:9/archive"),
        RedditStubs.publicAccess(),
        () -> {
          throw new AssertionError("a dump fetch without the refresh sends nothing");
        },
        Clock.fixed(now, ZoneOffset.UTC),
        progress::add);
  }

  private Path dump(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private static String post(String id, String extra) {
    return "{\"id\":\""
        + id
        + "\",\"subreddit\":\"MachineLearning\",\"created_utc\":1541100000,"
        + "\"title\":\"t "
        + id
        + "\",\"score\":1,\"num_comments\":2"
        + extra
        + "}";
  }

  private static List<String> ids(SubredditFetch fetch) {
    return fetch.threads().items().stream().map(RedditThread::id).toList();
  }

  @Test
  void aDumpReadInPlaceGivesItsThreadsTheSourcesFixedClocksInstant() throws IOException {
    Path file = dump("RS.ndjson", post("a1", ""), post("a2", ""));

    SubredditFetch fetched = source(READ_AT).fetchDumps(NOVEMBER, List.of(file)).get(0);

    assertThat(ids(fetched)).containsExactly("a1", "a2");
    assertThat(fetched.threads().items()).extracting(RedditThread::fetchedAt).containsOnly(READ_AT);
  }

  @Test
  void aReadAheadBringsItsThreadsMappedAtTheInstantOfTheClockTheReadWasGiven() throws IOException {
    Path file = dump("RS.ndjson", post("a1", ""), post("a2", ""));
    // A source whose clock says another time: the threads are mapped before it gets them.
    RedditSource source = source(LATER);

    try (DumpsAhead ahead =
        DumpsAhead.start(
            List.of(file),
            NOVEMBER,
            CompletableFuture.completedFuture(List.of("MachineLearning")),
            Clock.fixed(READ_AT, ZoneOffset.UTC))) {
      SubredditFetch fetched =
          source.fetchDumps(NOVEMBER, List.of(file), Optional.of(ahead)).get(0);

      assertThat(ids(fetched)).containsExactly("a1", "a2");
      assertThat(fetched.threads().items())
          .extracting(RedditThread::fetchedAt)
          .containsOnly(READ_AT);
    }
  }

  @Test
  void aPostInTwoDumpsIsOnePostReadAndOneThread() throws IOException {
    Path first = dump("a.ndjson", post("a1", ""), post("a2", ""));
    Path second = dump("b.ndjson", post("a2", "").replace("t a2", "later copy"), post("a3", ""));

    SubredditFetch fetched = source(READ_AT).fetchDumps(NOVEMBER, List.of(first, second)).get(0);

    assertThat(ids(fetched)).containsExactly("a1", "a2", "a3");
    assertThat(fetched.threads().items().get(1).title()).isEqualTo("t a2");
    assertThat(fetched.threads().report().found()).isEqualTo(3);
    assertThat(progress).contains("r/MachineLearning: 3 posts of 2018-11 in the dumps");
  }

  @Test
  void anUnusablePostInADumpIsCountedAsReadAndNamedInTheSubredditsWarning() throws IOException {
    Path file =
        dump(
            "RS.ndjson",
            post("a1", ""),
            post("a2", ",\"upvote_ratio\":7.5"),
            post("a3", ",\"removed_by_category\":\"deleted\""));

    SubredditFetch fetched = source(READ_AT).fetchDumps(NOVEMBER, List.of(file)).get(0);

    // The month's thread, then the tombstone of the post its author deleted.
    assertThat(ids(fetched)).containsExactly("a1", "a3");
    assertThat(fetched.threads().items().get(1).deleted()).isTrue();
    assertThat(fetched.threads().report().found()).isEqualTo(3);
    assertThat(fetched.threads().report().kept()).isEqualTo(1);
    assertThat(fetched.threads().report().warnings())
        .containsExactly(
            "r/MachineLearning: skipped 1 post with an unusable value, the rest are kept:"
                + " a2 (upvote_ratio 7.5 is not in [0, 1])");
  }
}
