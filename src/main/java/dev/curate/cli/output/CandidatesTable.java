package dev.curate.cli.output;

import dev.curate.cli.output.TextTable.Column;
import dev.curate.draft.UntrustedText;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.rank.Candidacy;
import dev.curate.rank.Explanation;
import dev.curate.workflow.Candidates;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * {@code curate candidates} without {@code --json}: one line per item, repositories first, each
 * kind in score order, the ID ({@code owner/name}, or the bare thread id) first, as {@code pick},
 * {@code drop} and {@code note} take it.
 *
 * <p>Columns: ID, TYPE ({@code repo}, {@code thread}), AREA (a repository's area, a thread's kind),
 * SCORE, RANK (on the shortlist {@code rank} would make with its defaults), EDITOR ({@code picked},
 * {@code dropped}), FLAGS, EXCLUDED (the {@code excludedBecause} slug), TITLE (a repository's
 * description, a thread's title).
 *
 * <p>{@link Format#ALIGNED} on a terminal: padded, the title cut with "…", {@code -} for nothing.
 * {@link Format#TSV} when piped and {@link Format#CSV} ({@code --csv}, RFC 4180): a header line of
 * the same column names, then the rows, nothing cut, an empty field for nothing. Fetched text is
 * printed as one clean line either way ({@link UntrustedText#singleLine}).
 */
public final class CandidatesTable {
  private static final int TITLE_WIDTH = 60;

  public enum Format {
    ALIGNED,
    TSV,
    CSV
  }

  private static final List<Column> COLUMNS =
      List.of(
          Column.text("ID"),
          Column.text("TYPE"),
          Column.text("AREA").cutDownTo(6).droppedAt(1),
          Column.number("SCORE"),
          Column.number("RANK"),
          Column.text("EDITOR"),
          Column.text("FLAGS").cutDownTo(5).droppedAt(2),
          Column.text("EXCLUDED"),
          Column.text("TITLE").capped(TITLE_WIDTH).cutDownTo(10));

  /**
   * @param width the terminal's columns, which an aligned table fits in
   */
  public void write(Candidates candidates, PrintWriter out, Format format, int width) {
    List<List<String>> rows = new ArrayList<>();
    for (Candidacy<RankedRepo> c : candidates.repos()) {
      RankedRepo r = c.entry();
      rows.add(
          row(
              r.repo().fullName(),
              "repo",
              r.area(),
              r.score(),
              r.rank(),
              r.picked(),
              r.flags(),
              c.explanation(),
              r.repo().description()));
    }
    for (Candidacy<RankedThread> c : candidates.threads()) {
      RankedThread t = c.entry();
      rows.add(
          row(
              t.thread().id(),
              "thread",
              t.kind(),
              t.score(),
              t.rank(),
              t.picked(),
              t.flags(),
              c.explanation(),
              t.thread().title()));
    }
    switch (format) {
      case ALIGNED -> aligned(candidates, rows, out, width);
      case TSV -> delimited(rows, out, "\t", cell -> cell, "\n");
      case CSV -> delimited(rows, out, ",", CandidatesTable::csvField, "\r\n");
    }
    out.flush();
  }

  private static List<String> row(
      String id,
      String type,
      String area,
      double score,
      int rank,
      boolean picked,
      List<String> flags,
      Explanation explanation,
      String title) {
    return List.of(
        clean(id),
        type,
        clean(area),
        String.format(Locale.ROOT, "%.4f", score),
        rank > 0 ? String.valueOf(rank) : "",
        picked ? "picked" : explanation.dropped() ? "dropped" : "",
        clean(String.join(",", flags)),
        explanation.excludedBecause().orElse(""),
        clean(title));
  }

  private static void aligned(
      Candidates candidates, List<List<String>> rows, PrintWriter out, int width) {
    if (rows.isEmpty()) {
      out.println("No candidates of " + candidates.month() + " to list.");
      return;
    }
    TextTable table = new TextTable(COLUMNS);
    for (List<String> row : rows) {
      table.add(row.stream().map(cell -> cell.isEmpty() ? "-" : cell).toList());
    }
    List<String> leftOut = table.printAligned(out, width);
    if (!leftOut.isEmpty()) {
      out.println(
          "(not shown: " + String.join(", ", leftOut) + "; --csv or a pipe shows every column)");
    }
  }

  private static void delimited(
      List<List<String>> rows,
      PrintWriter out,
      String separator,
      UnaryOperator<String> field,
      String lineEnd) {
    out.print(
        String.join(separator, COLUMNS.stream().map(Column::header).map(field).toList()) + lineEnd);
    for (List<String> row : rows) {
      out.print(String.join(separator, row.stream().map(field).toList()) + lineEnd);
    }
  }

  /** RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled. */
  static String csvField(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }

  private static String clean(String text) {
    return UntrustedText.singleLine(text);
  }
}
