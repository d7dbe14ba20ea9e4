package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.HttpActivity;
import dev.curate.model.SourceReport;
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
    FetchSummary.print(List.of(
        new SourceReport("github", 15, 17, 9, List.of(),
            new HttpActivity(2, 3, 4, Duration.ofMillis(12_400), Map.of("search", "28/30", "core", "4990/5000"))),
        new SourceReport("reddit:datascience", 1, 2, 2, List.of())), new PrintWriter(out, true));
    assertThat(out.toString().lines().toList()).containsExactly(
        "github                  15 requests       17 found       9 kept  2 retries  304: 3  4 waits (12.4 s)  budget left: core 4990/5000, search 28/30",
        "reddit:datascience       1 requests        2 found       2 kept");
  }

  @Test
  void warningsNameTheirSourceAndAreSanitised() {
    StringWriter out = new StringWriter();
    FetchSummary.warnings(new SourceReport("reddit:x", 0, 0, 0, List.of("r/x is private\u001B[31m")), new PrintWriter(out, true));
    assertThat(out.toString()).isEqualTo("warning: reddit:x: r/x is private\n");
  }

  @Test
  void coverageSaysPerSourceHowTheMonthWasReadAndHowCompletely() {
    StringWriter out = new StringWriter();
    dev.curate.model.CalendarMonth month = dev.curate.model.CalendarMonth.of(2018, 11);
    FetchSummary.coverage(month, List.of(
        new SourceReport("github", 15, 17, 9, List.of()),
        new SourceReport("reddit:MachineLearning", 18, 1204, 1204, List.of(), HttpActivity.NONE, true, "archive", 1204),
        new SourceReport("reddit:datascience", 10, 1000, 388, List.of(), HttpActivity.NONE, false, "listing", null),
        new SourceReport("reddit:learnml", 3, 300, 12, List.of(), HttpActivity.NONE, false, "listing", null),
        new SourceReport("reddit:small", 0, 40, 40, List.of(), HttpActivity.NONE, true, "dump", null),
        new SourceReport("reddit:gappy", 9, 850, 850, List.of(), HttpActivity.NONE, false, "archive", 900)),
        new PrintWriter(out, true));
    assertThat(out.toString().lines().toList()).containsExactly(
        "github 2018-11: 9 repositories via search, complete",
        "r/MachineLearning 2018-11: 1,204 posts from the archive, complete (the archive counts 1,204)",
        "r/datascience 2018-11: 388 posts via top listing, cut by the listing's 1,000-item end (1,000 read)",
        "r/learnml 2018-11: 12 posts via top listing, cut by reddit.maxPages (300 read)",
        "r/small 2018-11: 40 posts from the dump, complete",
        "r/gappy 2018-11: 850 posts from the archive, incomplete (the archive counts 900)");
  }
}
