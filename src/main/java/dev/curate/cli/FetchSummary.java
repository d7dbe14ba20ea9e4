package dev.curate.cli;

import dev.curate.model.SourceReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The end-of-fetch summary on stderr: one line per source, then its warnings. */
final class FetchSummary {
  private FetchSummary() {}

  static void print(List<SourceReport> reports, PrintWriter err) {
    int width = reports.stream().mapToInt(r -> r.source().length()).max().orElse(6);
    for (SourceReport r : reports) {
      err.println(String.format(Locale.ROOT, "%-" + width + "s  %,6d requests  %,7d found  %,6d kept",
          r.source(), r.requests(), r.found(), r.kept()));
    }
    err.flush();
  }

  static void warnings(SourceReport report, PrintWriter err) {
    for (String w : report.warnings()) {
      err.println("warning: " + report.source() + ": " + Terminal.sanitize(w));
    }
    err.flush();
  }
}
