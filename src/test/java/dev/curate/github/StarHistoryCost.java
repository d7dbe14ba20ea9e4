package dev.curate.github;

import dev.curate.model.CalendarMonth;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The star-history requests of a month's measured repositories: issue 14's figure, counted on
 * {@link HistoryShapes#monthOfForty} in memory (no network, no timing). Run it with
 *
 * <pre>
 * ./mvnw -B -o -q test-compile
 * java -cp target/classes:target/test-classes dev.curate.github.StarHistoryCost [SEEDS]
 * </pre>
 *
 * It prints, for GitHub's {@code Link} past the last page with and without {@code rel="last"}, the
 * requests of the first mix and the mean and maximum over SEEDS mixes (default 100).
 */
final class StarHistoryCost {
  static final CalendarMonth MONTH = CalendarMonth.of(2018, 11);
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 27);

  /** One repository's search: its history, its pages, the requests it took. */
  record Search(HistoryShapes.History history, int pages, List<Integer> pagesRead) {
    int requests() {
      return pagesRead.size();
    }

    /** The bound the search promises for a history of this many pages. */
    int bound() {
      return 2 * ceilLog2(pages) + 3;
    }
  }

  private StarHistoryCost() {}

  /** Searches every history of the mix for the month; fails if a figure is wrong. */
  static List<Search> searches(List<HistoryShapes.History> mix, boolean lastOnEmptyPages) {
    List<Search> searches = new ArrayList<>();
    for (HistoryShapes.History h : mix) {
      StarSeries.InMemory served = new StarSeries.InMemory(h.series(), lastOnEmptyPages);
      MonthInHistory.Found found =
          MonthInHistory.find(
                  MONTH,
                  NOW,
                  h.created().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                  served)
              .orElseThrow();
      if (!found.daily().equals(h.series().daily(MONTH))) {
        throw new AssertionError(h.name() + ": wrong days " + found.daily());
      }
      searches.add(new Search(h, h.series().pages().size(), List.copyOf(served.pagesRead)));
    }
    return searches;
  }

  static double mean(List<Search> searches) {
    return searches.stream().mapToInt(Search::requests).average().orElse(0);
  }

  static int max(List<Search> searches) {
    return searches.stream().mapToInt(Search::requests).max().orElse(0);
  }

  static int ceilLog2(int n) {
    return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
  }

  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    for (boolean lastOnEmpty : new boolean[] {true, false}) {
      System.out.printf(
          Locale.ROOT,
          "%n== pages past the end %s rel=\"last\" ==%n",
          lastOnEmpty ? "name" : "do not name");
      List<Search> first = searches(HistoryShapes.monthOfForty(1, MONTH, LAST_DAY), lastOnEmpty);
      for (Search s : first) {
        System.out.printf(
            Locale.ROOT,
            "%-55s %3d pages  %2d requests %s%n",
            s.history().name(),
            s.pages(),
            s.requests(),
            s.pagesRead());
      }
      System.out.printf(
          Locale.ROOT,
          "mix 1: %d requests for %d repositories, mean %.2f, max %d%n",
          first.stream().mapToInt(Search::requests).sum(),
          first.size(),
          mean(first),
          max(first));
      java.util.Map<String, int[]> byKind = new java.util.TreeMap<>();
      double worstMean = 0;
      double sumMeans = 0;
      int worst = 0;
      int overBound = 0;
      for (long seed = 1; seed <= seeds; seed++) {
        List<Search> mix = searches(HistoryShapes.monthOfForty(seed, MONTH, LAST_DAY), lastOnEmpty);
        worstMean = Math.max(worstMean, mean(mix));
        sumMeans += mean(mix);
        worst = Math.max(worst, max(mix));
        overBound += (int) mix.stream().filter(s -> s.requests() > s.bound()).count();
        for (Search s : mix) {
          String kind =
              s.history().shape().name().toLowerCase(Locale.ROOT)
                  + (MONTH.contains(
                          s.history().created().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                      ? ", new"
                      : ", years old");
          int[] sum = byKind.computeIfAbsent(kind, k -> new int[3]);
          sum[0]++;
          sum[1] += s.requests();
          sum[2] = Math.max(sum[2], s.requests());
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%d mixes of 40: mean %.2f (worst mix %.2f), max %d, over 2*ceil(log2 P)+3: %d%n",
          seeds,
          sumMeans / seeds,
          worstMean,
          worst,
          overBound);
      byKind.forEach(
          (kind, sum) ->
              System.out.printf(
                  Locale.ROOT,
                  "  %-36s %5d searches, mean %.2f, max %d%n",
                  kind,
                  sum[0],
                  (double) sum[1] / sum[0],
                  sum[2]));
    }
  }
}
