package dev.curate.model;

import java.util.OptionalDouble;

/**
 * The stars given to a repository in a month and in each of the three months before, as GH Archive
 * recorded them (one {@code WatchEvent} per star given; stars removed are not subtracted): what an
 * events source counts, and what rank's breakout signal compares.
 *
 * @param month the stars given in the month
 * @param oneBefore the month just before; null when it was not counted, never 0 for unknown
 * @param twoBefore the month before that; null when not counted
 * @param threeBefore the earliest of the three; null when not counted
 */
public record MonthlyStars(int month, Integer oneBefore, Integer twoBefore, Integer threeBefore) {
  public MonthlyStars {
    requireCount("month", month);
    requireCount("oneBefore", oneBefore);
    requireCount("twoBefore", twoBefore);
    requireCount("threeBefore", threeBefore);
  }

  /** Only the month itself was counted. */
  public static MonthlyStars monthOnly(int month) {
    return new MonthlyStars(month, null, null, null);
  }

  /**
   * The mean of the three months before; empty unless all three were counted, since a mean of the
   * months that happen to be known would compare the month with a different span each time.
   */
  public OptionalDouble previousMean() {
    if (oneBefore == null || twoBefore == null || threeBefore == null) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((oneBefore + (double) twoBefore + threeBefore) / 3);
  }

  private static void requireCount(String name, Integer count) {
    if (count != null && count < 0) {
      throw new IllegalArgumentException(name + " must be zero or more, got " + count);
    }
  }
}
