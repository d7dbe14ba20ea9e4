package dev.curate.cli;

import dev.curate.draft.CoverageWords;
import dev.curate.model.CalendarMonth;
import dev.curate.model.HttpActivity;
import dev.curate.model.ReadMethod;
import dev.curate.model.SourceReport;
import dev.curate.workflow.MonthCoverage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The end-of-fetch summary on stderr: one line per source, then its warnings. */
final class FetchSummary {
  private FetchSummary() {}

  static void print(List<SourceReport> reports, PrintWriter err) {
    int width = reports.stream().mapToInt(r -> r.source().key().length()).max().orElse(6);
    for (SourceReport r : reports) {
      err.println(
          String.format(
              Locale.ROOT,
              "%-" + width + "s  %,6d requests%s  %,7d found  %,6d kept%s",
              r.source().key(),
              r.requests(),
              RequestFloorText.of(r),
              r.found(),
              r.kept(),
              // The floor's words say the retries where the requests were held against it.
              traffic(r.requestCount() == null ? r.activity() : withoutRetries(r.activity()))));
    }
    err.flush();
  }

  private static HttpActivity withoutRetries(HttpActivity a) {
    return new HttpActivity(0, a.notModified(), a.waits(), a.waited(), a.budgetLeft());
  }

  /** Retries, 304s, waits and the budget left, only where there is something to say. */
  static String traffic(HttpActivity a) {
    StringBuilder sb = new StringBuilder();
    if (a.retries() > 0) {
      sb.append(
          String.format(
              Locale.ROOT, "  %,d %s", a.retries(), a.retries() == 1 ? "retry" : "retries"));
    }
    if (a.notModified() > 0) {
      sb.append(String.format(Locale.ROOT, "  304: %,d", a.notModified()));
    }
    if (a.waits() > 0) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %,d %s (%.1f s)",
              a.waits(),
              a.waits() == 1 ? "wait" : "waits",
              a.waited().toMillis() / 1000.0));
    }
    if (!a.budgetLeft().isEmpty()) {
      sb.append("  budget left: ")
          .append(
              a.budgetLeft().entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", ")));
    }
    return sb.toString();
  }

  static void warnings(SourceReport report, PrintWriter err) {
    for (String w : report.warnings()) {
      err.println("warning: " + report.source().key() + ": " + Terminal.sanitize(w));
    }
    err.flush();
  }

  /**
   * What each source covered of the month, one line each, e.g. {@code r/MachineLearning 2018-11:
   * 1,204 posts from the archive, complete}, or {@code github 2018-11: 52 repositories via
   * search+events (GH Archive via ClickHouse at HOST, last event …, 1,000 counted, 300 looked up,
   * 41 kept as ML, 3 renamed, 5 gone), complete}.
   */
  static void coverage(CalendarMonth month, List<SourceReport> reports, PrintWriter err) {
    for (SourceReport r : reports) {
      err.println(coverageLine(month, r));
    }
    err.flush();
  }

  static String coverageLine(CalendarMonth month, SourceReport r) {
    String state;
    if (r.complete()) {
      state = "complete";
    } else if (r.method() == ReadMethod.LISTING) {
      // A listing that read nothing and is incomplete could not be read at all (unknown,
      // private or banned subreddit); its warning says why.
      state =
          r.found() == 0
              ? "not read"
              : r.found() > 900 ? "cut by the listing's 1,000-item end" : "cut by reddit.maxPages";
    } else {
      state = "incomplete";
    }
    String note =
        CoverageWords.countsNote(
            r.kept(), MonthCoverage.read(r.source(), r.found()), r.expectedPosts());
    return Terminal.sanitize(
        CoverageWords.name(r.source())
            + " "
            + month
            + ": "
            + CoverageWords.items(r.source(), r.kept())
            + " "
            + CoverageWords.howRead(r.method())
            + CoverageWords.events(r.events())
            + ", "
            + state
            + note);
  }
}
