package dev.curate.github;

import dev.curate.model.CalendarMonth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded star histories of the shapes a month's measured repositories have: every week starred
 * (dense), stars on scattered days with long quiet spells (random gaps), and issue 14's shape, one
 * stretch of stars and then almost none, so that the history lists few weeks for its age. Each
 * shape for a repository created inside a month or years before it.
 */
final class HistoryShapes {
  /** How a history's stars are spread, from its creation to the day before the fetch. */
  enum Shape {
    /** Stars every day. */
    DENSE,
    /** Stars on a random share of the days, with quiet spells of up to a year between bursts. */
    RANDOM_GAPS,
    /** A stretch of daily stars of 4 to 80 weeks, then one star every 5 to 30 weeks. */
    STRETCH_THEN_ALMOST_NONE,
    /**
     * Starred days ever further apart (geometrically) from the creation, or towards it: the listed
     * weeks' times are far from proportional to their places, which interpolation is worst at.
     */
    SKEWED
  }

  /** A generated history and what it is, for messages. */
  record History(String name, Shape shape, LocalDate created, StarSeries series) {}

  private HistoryShapes() {}

  static History of(Shape shape, long seed, LocalDate created, LocalDate lastDay) {
    Random random = new Random(seed * 31 + shape.ordinal());
    StarSeries series =
        switch (shape) {
          case DENSE -> dense(random, created, lastDay);
          case RANDOM_GAPS -> randomGaps(random, created, lastDay);
          case STRETCH_THEN_ALMOST_NONE -> stretch(random, created, lastDay);
          case SKEWED -> skewed(random, created, lastDay);
        };
    return new History(
        shape.name().toLowerCase(java.util.Locale.ROOT) + " from " + created + " seed " + seed,
        shape,
        created,
        series);
  }

  /** A day of the month, at random. */
  static LocalDate dayOf(CalendarMonth month, Random random) {
    return month.value().atDay(1 + random.nextInt(month.value().lengthOfMonth()));
  }

  /** A day between the two, both included, at random. */
  static LocalDate dayBetween(LocalDate first, LocalDate last, Random random) {
    return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
  }

  /**
   * The 40 repositories a month's fetch measures (20 new ones, 20 trending ones, as {@code
   * github.starGains.measureTop} 20 chooses), of the mix issue 14 names: 10 created inside the
   * month with stars every day since, 10 created inside it whose stars came in a stretch and then
   * almost stopped, and the same two shapes for 10 each created in 2012 up to the month before.
   */
  static List<History> monthOfForty(long seed, CalendarMonth month, LocalDate lastDay) {
    Random random = new Random(seed);
    LocalDate earliest = LocalDate.of(2012, 1, 1);
    LocalDate latest = month.value().atDay(1).minusDays(1);
    List<History> mix = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Shape shape = i % 20 < 10 ? Shape.DENSE : Shape.STRETCH_THEN_ALMOST_NONE;
      LocalDate created = i < 20 ? dayOf(month, random) : dayBetween(earliest, latest, random);
      mix.add(of(shape, random.nextLong(), created, lastDay));
    }
    return mix;
  }

  private static StarSeries dense(Random random, LocalDate created, LocalDate lastDay) {
    StarSeries series = new StarSeries();
    for (LocalDate d = created; !d.isAfter(lastDay); d = d.plusDays(1)) {
      series.add(d, 1 + random.nextInt(20));
    }
    return series;
  }

  private static StarSeries randomGaps(Random random, LocalDate created, LocalDate lastDay) {
    StarSeries series = new StarSeries();
    int oneIn = 1 + random.nextInt(random.nextBoolean() ? 3 : 30);
    LocalDate d = created;
    while (!d.isAfter(lastDay)) {
      LocalDate burstEnd = d.plusDays(7 + random.nextInt(300));
      for (; !d.isAfter(lastDay) && d.isBefore(burstEnd); d = d.plusDays(1)) {
        if (random.nextInt(oneIn) == 0) {
          series.add(d, 1 + random.nextInt(40));
        }
      }
      d = d.plusDays(random.nextInt(365)); // a quiet spell
    }
    return series;
  }

  private static StarSeries skewed(Random random, LocalDate created, LocalDate lastDay) {
    StarSeries series = new StarSeries();
    boolean fromCreation = random.nextBoolean();
    double ratio = 1.0005 + random.nextDouble() * 0.01;
    long span = lastDay.toEpochDay() - created.toEpochDay();
    for (double gap = 1; gap <= span; gap *= ratio) {
      long days = (long) gap - 1;
      series.add(fromCreation ? created.plusDays(days) : lastDay.minusDays(days), 1);
    }
    return series;
  }

  private static StarSeries stretch(Random random, LocalDate created, LocalDate lastDay) {
    StarSeries series = new StarSeries();
    LocalDate stretchEnd = created.plusWeeks(4 + random.nextInt(77));
    LocalDate d = created;
    for (; !d.isAfter(lastDay) && d.isBefore(stretchEnd); d = d.plusDays(1)) {
      series.add(d, 1 + random.nextInt(60));
    }
    int every = 5 + random.nextInt(26);
    for (d = d.plusWeeks(every); !d.isAfter(lastDay); d = d.plusWeeks(every)) {
      series.add(d, 1);
    }
    return series;
  }
}
