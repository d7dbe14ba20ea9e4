package dev.curate.chart;

import java.util.List;
import java.util.Locale;

/**
 * A month of a repository's stars as a self-contained SVG: the stars given each day as bars (left
 * axis) and their running total as a line (right axis), sharing the gridlines.
 *
 * <p>The file stands alone wherever it is put: no script, stylesheet, font, image or link, only the
 * generic {@code sans-serif} family, a white background (readable on a dark page), and a {@code
 * viewBox} so that it scales; at its natural 600 px the smallest text is 11 px. A screen reader
 * reads its {@code <title>} and {@code <desc>} ({@code role="img"}, {@code aria-labelledby}). The
 * same figures give the same bytes: coordinates are written with one decimal in {@link
 * Locale#ROOT}, so a golden file can hold it.
 */
public final class StarChart {
  public static final int WIDTH = 600;
  public static final int HEIGHT = 260;

  static final String BAR_COLOUR = "#4e79a7";
  static final String LINE_COLOUR = "#e15759";
  private static final String TEXT_COLOUR = "#1f2328";
  private static final String MUTED_COLOUR = "#57606a";
  private static final String GRID_COLOUR = "#d8dee4";
  private static final String AXIS_COLOUR = "#8c959f";

  // The plot's box; the margins hold the title, the axis names and labels, the days.
  private static final double LEFT = 56;
  private static final double RIGHT = 544;
  private static final double TOP = 62;
  private static final double BOTTOM = 220;

  /** A bar takes this share of its day's width; the rest is the gap between bars. */
  private static final double BAR_SHARE = 0.7;

  private StarChart() {}

  /**
   * @param id what makes the chart's element ids unique on a page that shows several inline
   *     (letters, digits, {@code -} and {@code _} are kept, anything else becomes {@code _})
   * @param daily the stars given each day of the month, the 1st first; negative counts as 0
   */
  public static String svg(String id, ChartText text, List<Integer> daily) {
    if (daily.isEmpty()) {
      throw new IllegalArgumentException("a star chart needs at least one day");
    }
    long[] days = daily.stream().mapToLong(d -> d == null ? 0 : Math.max(0, d)).toArray();
    long[] running = new long[days.length];
    long highest = 0;
    long total = 0;
    for (int i = 0; i < days.length; i++) {
      highest = Math.max(highest, days[i]);
      total += days[i];
      running[i] = total;
    }
    AxisScale bars = AxisScale.covering(highest);
    AxisScale line = AxisScale.covering(total, bars.steps());
    String prefix = "star-chart-" + id.replaceAll("[^A-Za-z0-9_-]", "_");

    Svg out = new Svg();
    out.line(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " role=\"img\" aria-labelledby=\"%s-title %s-desc\" font-family=\"sans-serif\">",
        WIDTH, HEIGHT, WIDTH, HEIGHT, prefix, prefix);
    out.line("  <title id=\"%s-title\">%s</title>", prefix, xml(text.title()));
    out.line("  <desc id=\"%s-desc\">%s</desc>", prefix, xml(text.description()));
    out.line("  <rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>", WIDTH, HEIGHT);
    out.line(
        "  <text x=\"16\" y=\"26\" font-size=\"15\" font-weight=\"bold\" fill=\"%s\">%s</text>",
        TEXT_COLOUR, xml(text.title()));
    legend(out, text);
    grid(out, bars, line);
    bars(out, days, bars);
    runningTotal(out, running, line);
    dayLabels(out, days.length);
    out.line("</svg>");
    return out.toString();
  }

  /** The axes' names at their tops, each with a sample of its mark, so no legend box is needed. */
  private static void legend(Svg out, ChartText text) {
    out.line(
        "  <rect x=\"16\" y=\"39\" width=\"10\" height=\"10\" fill=\"%s\"/>"
            + "<text x=\"31\" y=\"48\" font-size=\"12\" fill=\"%s\">%s</text>",
        BAR_COLOUR, TEXT_COLOUR, xml(text.barsLabel()));
    out.line(
        "  <line x1=\"572\" y1=\"44\" x2=\"584\" y2=\"44\" stroke=\"%s\" stroke-width=\"2.5\"/>"
            + "<text x=\"567\" y=\"48\" font-size=\"12\" text-anchor=\"end\" fill=\"%s\">%s</text>",
        LINE_COLOUR, TEXT_COLOUR, xml(text.lineLabel()));
  }

  private static void grid(Svg out, AxisScale bars, AxisScale line) {
    for (int k = 0; k <= bars.steps(); k++) {
      double y = BOTTOM - (BOTTOM - TOP) * k / bars.steps();
      if (k > 0) {
        out.line(
            "  <line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>",
            num(LEFT), num(y), num(RIGHT), num(y), GRID_COLOUR);
      }
      out.line(
          "  <text x=\"%s\" y=\"%s\" font-size=\"11\" text-anchor=\"end\" fill=\"%s\">%s</text>",
          num(LEFT - 6), num(y + 4), MUTED_COLOUR, count(bars.step() * k));
      out.line(
          "  <text x=\"%s\" y=\"%s\" font-size=\"11\" fill=\"%s\">%s</text>",
          num(RIGHT + 6), num(y + 4), LINE_COLOUR, count(line.step() * k));
    }
    out.line(
        "  <line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>",
        num(LEFT), num(BOTTOM), num(RIGHT), num(BOTTOM), AXIS_COLOUR);
  }

  /** One bar per day with stars; a day without stars has none, the baseline shows it. */
  private static void bars(Svg out, long[] days, AxisScale scale) {
    double slot = (RIGHT - LEFT) / days.length;
    double width = slot * BAR_SHARE;
    out.line("  <g fill=\"%s\">", BAR_COLOUR);
    for (int i = 0; i < days.length; i++) {
      if (days[i] == 0) {
        continue;
      }
      double height = (BOTTOM - TOP) * days[i] / scale.max();
      out.line(
          "    <rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>",
          num(LEFT + i * slot + (slot - width) / 2), num(BOTTOM - height), num(width), num(height));
    }
    out.line("  </g>");
  }

  /** From 0 at the month's start to each day's end: the total after that day. */
  private static void runningTotal(Svg out, long[] running, AxisScale scale) {
    double slot = (RIGHT - LEFT) / running.length;
    StringBuilder points = new StringBuilder(num(LEFT)).append(',').append(num(BOTTOM));
    for (int i = 0; i < running.length; i++) {
      points
          .append(' ')
          .append(num(LEFT + (i + 1) * slot))
          .append(',')
          .append(num(BOTTOM - (BOTTOM - TOP) * running[i] / scale.max()));
    }
    out.line(
        "  <polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\""
            + " stroke-linejoin=\"round\"/>",
        points, LINE_COLOUR);
  }

  /** The 1st and every seventh day after it, under their bars. */
  private static void dayLabels(Svg out, int days) {
    double slot = (RIGHT - LEFT) / days;
    for (int day = 1; day <= days; day += 7) {
      out.line(
          "  <text x=\"%s\" y=\"%s\" font-size=\"11\" text-anchor=\"middle\" fill=\"%s\">%d</text>",
          num(LEFT + (day - 0.5) * slot), num(BOTTOM + 16), MUTED_COLOUR, day);
    }
  }

  /** One decimal, a dot, no grouping, whatever the default locale: the same bytes everywhere. */
  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          // XML 1.0 allows no control characters but tab, line feed and carriage return.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Lines joined with {@code \n}, formatted in {@link Locale#ROOT}. */
  private static final class Svg {
    private final StringBuilder text = new StringBuilder();

    void line(String format, Object... args) {
      text.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
