package dev.curate.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells printed either aligned under a header (for a person at a terminal) or as bare
 * tab-separated values (for cut, awk and friends when piped). Cells must already be single-line and
 * free of control characters.
 */
final class TextTable {
  /** A column: its header, whether it is numeric (right-aligned), its widest width if capped. */
  record Column(String header, boolean numeric, int maxWidth) {
    static Column text(String header) {
      return new Column(header, false, Integer.MAX_VALUE);
    }

    static Column text(String header, int maxWidth) {
      return new Column(header, false, maxWidth);
    }

    static Column number(String header) {
      return new Column(header, true, Integer.MAX_VALUE);
    }
  }

  private final List<Column> columns;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  void add(List<String> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "expected " + columns.size() + " cells, got " + cells.size());
    }
    rows.add(List.copyOf(cells));
  }

  /** Tab-separated, no header, no padding, nothing cut: one line per row. */
  void printTabSeparated(PrintWriter out, String prefix) {
    for (List<String> row : rows) {
      out.print(prefix);
      out.println(String.join("\t", row));
    }
  }

  /** A header and aligned columns, two spaces apart; capped columns cut with "…". */
  void printAligned(PrintWriter out) {
    List<List<String>> cut = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        cells.add(DisplayWidth.truncate(row.get(c), columns.get(c).maxWidth()));
      }
      cut.add(cells);
    }
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = DisplayWidth.of(columns.get(c).header());
      for (List<String> row : cut) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
      }
    }
    printLine(out, columns.stream().map(Column::header).toList(), widths);
    for (List<String> row : cut) {
      printLine(out, row, widths);
    }
  }

  private void printLine(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String padding = " ".repeat(widths[c] - DisplayWidth.of(cell));
      if (c > 0) {
        line.append("  ");
      }
      line.append(columns.get(c).numeric() ? padding + cell : cell + padding);
    }
    out.println(line.toString().stripTrailing());
  }
}
