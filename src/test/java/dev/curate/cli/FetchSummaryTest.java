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
}
