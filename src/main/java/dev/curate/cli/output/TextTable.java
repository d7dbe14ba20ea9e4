package dev.curate.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells printed either aligned under a header and fitted to a terminal's width (for a
 * person) or as tab-separated values under a header line (for cut, awk and friends when piped).
 * Cells must already be single-line and free of control characters.
 *
 * <p>Fitting, when the natural widths are too wide: the cuttable columns (titles, descriptions) are
 * cut with "…", widest first, down to their least width; when that is not enough, the next column
 * in drop order is left out and the fitting starts again. Columns with no drop order (the rank, the
 * ID) are never left out, and a column that cannot be cut is never cut: an ID must stay whole to be
 * typed back, so a row of very long IDs may still overflow.
 */
final class TextTable {
  /**
   * A column.
   *
   * @param numeric right-aligned
   * @param maxWidth the widest it is ever shown, on any terminal; longer cells are cut with "…"
   * @param minWidth how narrow fitting may cut it; {@link Integer#MAX_VALUE} for never cut
   * @param dropOrder the order in which fitting leaves columns out, from 1; 0 for never
   */
  record Column(String header, boolean numeric, int maxWidth, int minWidth, int dropOrder) {
    static Column text(String header) {
      return new Column(header, false, Integer.MAX_VALUE, Integer.MAX_VALUE, 0);
    }

    static Column number(String header) {
      return new Column(header, true, Integer.MAX_VALUE, Integer.MAX_VALUE, 0);
    }

    Column capped(int width) {
      return new Column(header, numeric, width, minWidth, dropOrder);
    }

    /** Fitting may cut it down to {@code width} columns (its header's width at least). */
    Column cutDownTo(int width) {
      return new Column(header, numeric, maxWidth, width, dropOrder);
    }

    /** Fitting may leave it out, after the columns of a lower order. */
    Column droppedAt(int order) {
      return new Column(header, numeric, maxWidth, minWidth, order);
    }

    boolean cuttable() {
      return minWidth != Integer.MAX_VALUE;
    }

    /** The least width fitting may give it: its header stays whole. */
    int least() {
      return Math.max(minWidth, DisplayWidth.of(header));
    }
  }

  private static final int GAP = 2;

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

  /**
   * A header line of the column names, then one line per row: tab-separated, no padding, nothing
   * cut, each line starting with {@code prefix} (the header's with {@code prefixHeader}).
   */
  void printTabSeparated(PrintWriter out, String prefixHeader, String prefix) {
    out.print(prefixHeader);
    out.println(String.join("\t", columns.stream().map(Column::header).toList()));
    for (List<String> row : rows) {
      out.print(prefix);
      out.println(String.join("\t", row));
    }
  }

  /**
   * A header and aligned columns, two spaces apart, fitted to {@code width} columns.
   *
   * @return the headers of the columns left out to fit, in table order
   */
  List<String> printAligned(PrintWriter out, int width) {
    int[] natural = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      natural[c] = DisplayWidth.of(columns.get(c).header());
      for (List<String> row : rows) {
        natural[c] =
            Math.max(natural[c], Math.min(columns.get(c).maxWidth(), DisplayWidth.of(row.get(c))));
      }
    }
    int[] widths = fit(natural, width);
    printLine(out, columns.stream().map(Column::header).toList(), widths);
    for (List<String> row : rows) {
      printLine(out, row, widths);
    }
    List<String> leftOut = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (widths[c] < 0) {
        leftOut.add(columns.get(c).header());
      }
    }
    return leftOut;
  }

  /** Each column's width, or -1 for a column left out. */
  private int[] fit(int[] natural, int width) {
    boolean[] shown = new boolean[columns.size()];
    java.util.Arrays.fill(shown, true);
    while (true) {
      int[] widths = natural.clone();
      int excess = total(widths, shown) - width;
      int cuttable = 0;
      for (int c = 0; c < columns.size(); c++) {
        if (shown[c] && columns.get(c).cuttable()) {
          cuttable += Math.max(0, natural[c] - columns.get(c).least());
        }
      }
      int drop = nextToDrop(shown);
      if (excess <= cuttable || drop < 0) {
        cut(widths, shown, Math.min(Math.max(excess, 0), cuttable));
        for (int c = 0; c < columns.size(); c++) {
          if (!shown[c]) {
            widths[c] = -1;
          }
        }
        return widths;
      }
      shown[drop] = false;
    }
  }

  private int nextToDrop(boolean[] shown) {
    int next = -1;
    for (int c = 0; c < columns.size(); c++) {
      int order = columns.get(c).dropOrder();
      if (shown[c] && order > 0 && (next < 0 || order < columns.get(next).dropOrder())) {
        next = c;
      }
    }
    return next;
  }

  /** Takes {@code amount} columns off the cuttable columns, one at a time from the widest. */
  private void cut(int[] widths, boolean[] shown, int amount) {
    for (int i = 0; i < amount; i++) {
      int widest = -1;
      for (int c = 0; c < columns.size(); c++) {
        if (shown[c]
            && columns.get(c).cuttable()
            && widths[c] > columns.get(c).least()
            && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      widths[widest]--;
    }
  }

  private static int total(int[] widths, boolean[] shown) {
    int total = 0;
    int count = 0;
    for (int c = 0; c < widths.length; c++) {
      if (shown[c]) {
        total += widths[c];
        count++;
      }
    }
    return total + GAP * Math.max(0, count - 1);
  }

  private void printLine(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    boolean first = true;
    for (int c = 0; c < cells.size(); c++) {
      if (widths[c] < 0) {
        continue;
      }
      String cell = DisplayWidth.truncate(cells.get(c), widths[c]);
      String padding = " ".repeat(Math.max(0, widths[c] - DisplayWidth.of(cell)));
      if (!first) {
        line.append(" ".repeat(GAP));
      }
      first = false;
      line.append(columns.get(c).numeric() ? padding + cell : cell + padding);
    }
    out.println(line.toString().stripTrailing());
  }
}
