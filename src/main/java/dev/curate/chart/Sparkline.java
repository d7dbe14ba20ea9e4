package dev.curate.chart;

import java.util.List;

/**
 * A month of stars per day in one line of block characters, one a day, for a terminal: {@code
 * ▁▁▁▂▅█▇▅▃▂▂▁}. The highest day is {@code █}; a day without stars is {@code ▁} and any day with
 * stars at least {@code ▂}, so that a quiet day and an empty one never look alike, which is what
 * tells a steady climb from stars bought on one day.
 */
public final class Sparkline {
  private static final char[] LEVELS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

  private Sparkline() {}

  /**
   * @param daily the stars given each day; null and negative count as 0
   */
  public static String of(List<Integer> daily) {
    long highest = 0;
    for (Integer d : daily) {
      highest = Math.max(highest, d == null ? 0 : d);
    }
    StringBuilder line = new StringBuilder(daily.size());
    for (Integer d : daily) {
      long stars = d == null ? 0 : Math.max(0, d);
      line.append(LEVELS[level(stars, highest)]);
    }
    return line.toString();
  }

  /** 0 for no stars, else 1 to 7 in proportion to the highest day, rounded up. */
  private static int level(long stars, long highest) {
    if (stars == 0) {
      return 0;
    }
    int top = LEVELS.length - 1;
    return (int) Math.max(1, Math.min(top, (stars * top + highest - 1) / highest));
  }
}
