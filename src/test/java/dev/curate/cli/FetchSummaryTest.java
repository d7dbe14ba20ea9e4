package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.HttpActivity;
import dev.curate.model.ReadMethod;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import dev.curate.testing.SourceReports;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetchSummaryTest {
  @Test
  void saysRequestsRetries304sWaitsAndBudgetPerSource() {
    StringWriter out = new StringWriter();
    FetchSummary.print(
        List.of(
            new SourceReport(
                SourceId.GITHUB,
                15,
                17,
                9,
                List.of(),
                new HttpActivity(
                    2,
                    3,
                    4,
                    Duration.ofMillis(12_400),
                    Map.of("search", "28/30", "core", "4990/5000")),
                true,
                ReadMethod.SEARCH,
                null),
            SourceReports.subreddit("datascience", 1, 2, 2, List.of())),
        new PrintWriter(out, true));
    assertThat(out.toString().lines().toList())
        .containsExactly(
            "github                  15 requests       17 found       9 kept  2 retries  304: 3  4 waits (12.4 s)  budget left: core 4990/5000, search 28/30",
            "reddit:datascience       1 requests        2 found       2 kept");
  }

  @Test
  void saysTheRequestsAgainstTheFloorAndTheRetriesOnceInIt() {
    StringWriter out = new StringWriter();
    FetchSummary.print(
        List.of(
            new SourceReport(
                SourceId.GITHUB,
                96,
                17,
                9,
                List.of(),
                new HttpActivity(3, 0, 4, Duration.ofMillis(12_400), Map.of()),
                true,
                ReadMethod.SEARCH,
                null,
                null,
                new dev.curate.model.RequestCount(
                    Map.of("SEARCH", 12, "STAR_HISTORY", 81),
                    Map.of("SEARCH", 12, "STAR_HISTORY", 76),
                    3))),
        new PrintWriter(out, true));
    assertThat(out.toString().lines().toList())
        .containsExactly(
            "github      96 requests (floor 88: 8 extra: 3 retries, 5 star history pages)       17 found       9 kept  4 waits (12.4 s)");
  }

  @Test
  void warningsNameTheirSourceAndAreSanitised() {
    StringWriter out = new StringWriter();
    FetchSummary.warnings(
        SourceReports.subreddit("x", 0, 0, 0, List.of("r/x is private\u001B[31m")),
        new PrintWriter(out, true));
    assertThat(out.toString()).isEqualTo("warning: reddit:x: r/x is private\n");
  }

  @Test
  void coverageSaysPerSourceHowTheMonthWasReadAndHowCompletely() {
    StringWriter out = new StringWriter();
    dev.curate.model.CalendarMonth month = dev.curate.model.CalendarMonth.of(2018, 11);
    FetchSummary.coverage(
        month,
        List.of(
            SourceReports.github(15, 17, 9, List.of()),
            subreddit("MachineLearning", 18, 1204, 1204, true, ReadMethod.ARCHIVE, 1204),
            subreddit("datascience", 10, 1000, 388, false, ReadMethod.LISTING, null),
            subreddit("learnml", 3, 300, 12, false, ReadMethod.LISTING, null),
            subreddit("small", 0, 40, 40, true, ReadMethod.DUMP, null),
            subreddit("gappy", 9, 850, 850, false, ReadMethod.ARCHIVE, 900)),
        new PrintWriter(out, true));
    assertThat(out.toString().lines().toList())
        .containsExactly(
            "github 2018-11: 9 repositories via search, complete",
            "r/MachineLearning 2018-11: 1,204 posts from the archive, complete (the archive counts 1,204)",
            "r/datascience 2018-11: 388 posts via top listing, cut by the listing's 1,000-item end (1,000 read)",
            "r/learnml 2018-11: 12 posts via top listing, cut by reddit.maxPages (300 read)",
            "r/small 2018-11: 40 posts from the dump, complete",
            "r/gappy 2018-11: 850 posts from the archive, incomplete (the archive counts 900)");
  }

  private static SourceReport subreddit(
      String name,
      int requests,
      int found,
      int kept,
      boolean complete,
      ReadMethod method,
      Integer expectedPosts) {
    return new SourceReport(
        new SourceId.Subreddit(name),
        requests,
        found,
        kept,
        List.of(),
        HttpActivity.NONE,
        complete,
        method,
        expectedPosts);
  }
}
