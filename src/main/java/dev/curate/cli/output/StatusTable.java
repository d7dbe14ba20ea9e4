package dev.curate.cli.output;

import dev.curate.cli.output.TextTable.Column;
import dev.curate.draft.UntrustedText;
import dev.curate.model.SourceCoverage;
import dev.curate.workflow.MonthStatus;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code curate status} without {@code --json}: one line per month, oldest first. MONTH, FETCHED
 * (the latest fetch, UTC), COVERAGE ({@code complete}, or the sources that missed part of the
 * month), SHORTLIST ({@code 5+5}: repositories + threads), DRAFT ({@code written}, {@code edited}),
 * PUBLISHED (the day, and the URL when there is one). Aligned on a terminal ({@code -} for
 * nothing); tab-separated with a header line when piped (an empty field for nothing).
 */
public final class StatusTable {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private static final List<Column> COLUMNS =
      List.of(
          Column.text("MONTH"),
          Column.text("FETCHED"),
          Column.text("COVERAGE").cutDownTo(12).droppedAt(1),
          Column.text("SHORTLIST"),
          Column.text("DRAFT"),
          Column.text("PUBLISHED"));

  /**
   * @param aligned a table fitted to {@code width} columns (a terminal), else tab-separated values
   *     under a header line
   */
  public void write(List<MonthStatus> months, PrintWriter out, boolean aligned, int width) {
    TextTable table = new TextTable(COLUMNS);
    for (MonthStatus m : months) {
      List<String> row =
          List.of(
              m.month().toString(),
              at(m.fetchedAt(), MINUTE),
              coverage(m.coverage()),
              m.shortlist().map(s -> s.repos() + "+" + s.threads()).orElse(""),
              m.draft().map(d -> d.edited() ? "edited" : "written").orElse(""),
              m.published()
                  .map(
                      p ->
                          DAY.format(p.publishedAt())
                              + (p.url() == null ? "" : " " + UntrustedText.singleLine(p.url())))
                  .orElse(""));
      table.add(aligned ? row.stream().map(c -> c.isEmpty() ? "-" : c).toList() : row);
    }
    if (aligned) {
      table.printAligned(out, width);
    } else {
      table.printTabSeparated(out, "", "");
    }
    out.flush();
  }

  private static String at(Instant instant, DateTimeFormatter format) {
    return instant == null ? "" : format.format(instant);
  }

  private static String coverage(List<SourceCoverage> coverage) {
    List<String> partial =
        coverage.stream().filter(c -> !c.complete()).map(c -> c.source().key()).toList();
    return partial.isEmpty() ? "complete" : "partial: " + String.join(",", partial);
  }
}
