package dev.curate.cli.output;

import dev.curate.chart.Sparkline;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A repository's stars per day in the month as one line for the terminal, {@code stars per day
 * ▁▁▁▅▆▇█▇▆▅▃▂ (1-30, most 380 on the 30th)}: the shape tells a spike from a steady climb at a
 * glance. For {@code rank --explain}, and for any listing of candidates that wants the same.
 */
public final class StarSparklines {
  private StarSparklines() {}

  /** One line per repository with days, by {@code owner/name} (case aside). */
  public static Map<String, String> lines(Map<String, List<Integer>> starsPerDay) {
    Map<String, String> lines = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    starsPerDay.forEach(
        (name, daily) -> {
          if (!daily.isEmpty()) {
            lines.put(name, line(daily));
          }
        });
    return lines;
  }

  /**
   * @param daily the stars given each day of the month, the 1st first; not empty
   */
  public static String line(List<Integer> daily) {
    int most = 0;
    int day = 0;
    for (int i = 0; i < daily.size(); i++) {
      if (daily.get(i) > most) {
        most = daily.get(i);
        day = i + 1;
      }
    }
    String summary =
        most == 0
            ? "none on any day"
            : String.format(Locale.ROOT, "most %,d on the %s", most, ordinal(day));
    return "stars per day " + Sparkline.of(daily) + " (1-" + daily.size() + ", " + summary + ")";
  }

  private static String ordinal(int day) {
    String suffix =
        switch (day % 100 >= 11 && day % 100 <= 13 ? 0 : day % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return day + suffix;
  }
}
