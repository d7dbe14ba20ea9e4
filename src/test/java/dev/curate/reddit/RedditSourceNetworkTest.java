package dev.curate.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.Endpoints;
import dev.curate.config.RedditSettings;
import dev.curate.config.RedditSourceChoice;
import dev.curate.http.HttpStack;
import dev.curate.model.CalendarMonth;
import dev.curate.model.SubredditFetch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP stack is asked for only when a request may be planned or sent, and then once. */
class RedditSourceNetworkTest {
  private static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);

  @TempDir Path dir;
  final RedditStubs stubs = new RedditStubs();
  final AtomicInteger stacksAsked = new AtomicInteger();

  private RedditSource source(int refreshTop) {
    Supplier<HttpStack> http =
        () -> {
          stacksAsked.incrementAndGet();
          return stubs.stack();
        };
    return new RedditSource(
        new RedditSettings(List.of("MachineLearning"), 10, RedditSourceChoice.auto, refreshTop),
        new Endpoints(
            "http://127.0.0.1:9/github",
            "http://127.0.0.1:9",
            "http://127.0.0.1:9",
            "http://127.0.0.1:9/archive"),
        RedditStubs.publicAccess(),
        http,
        stubs.clock,
        stubs.progress::add);
  }

  @Test
  void aDumpFetchWithoutTheRefreshBuildsNoHttpStack() throws IOException {
    Path dump =
        Files.writeString(
            dir.resolve("RS.ndjson"),
            "{\"id\":\"a1\",\"subreddit\":\"MachineLearning\",\"created_utc\":1541100000,"
                + "\"title\":\"t\",\"score\":1,\"num_comments\":2}\n");

    List<SubredditFetch> fetched = source(0).fetchDumps(NOVEMBER_2018, List.of(dump));

    assertThat(fetched.get(0).threads().report().kept()).isEqualTo(1);
    assertThat(stacksAsked).hasValue(0);
  }

  @Test
  void aPlanBuildsTheClientsOnceAndKeepsThem() {
    RedditSource source = source(500);

    source.plan(NOVEMBER_2018, List.of());
    source.plan(NOVEMBER_2018, List.of());

    assertThat(stacksAsked).hasValue(1);
  }
}
