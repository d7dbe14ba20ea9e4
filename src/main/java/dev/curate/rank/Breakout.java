package dev.curate.rank;

import dev.curate.model.MonthlyStars;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The breakout signal (docs/scoring.md, "Breakout"): how far a repository's month stands above its
 * own recent months, so that a giant's ordinary month (thousands of stars, as every month) does not
 * crowd out the month's discoveries.
 *
 * <pre>
 *   breakout = ln((g + k) / (m + k))
 * </pre>
 *
 * with g the stars given in the month, m the mean of the three months before, as GH Archive
 * recorded them, and k = {@value #DAMPING}. The logarithm makes it a ratio that reads the same at
 * every size (3,000 after 3,000 a month is 0, as 30 after 30) and is symmetric (a month at half its
 * usual is as far below 0 as a double one above). k damps small counts: without it, 20 stars after
 * a month of 1 would be a breakout of 3.0; with it, ln(120/101) = 0.17. A repository created in the
 * month has no months before (m = 0): its breakout is ln((g + 100)/100), 3.93 for 5,000 stars, 1.39
 * for 300.
 */
final class Breakout {
  /** Stars a month below which a count is mostly noise, for a roundup of the month's best. */
  static final int DAMPING = 100;

  private Breakout() {}

  /** The breakout; empty unless the month and all three months before were counted. */
  static OptionalDouble of(MonthlyStars stars) {
    if (stars == null) {
      return OptionalDouble.empty();
    }
    OptionalDouble mean = stars.previousMean();
    if (mean.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        Math.log((stars.month() + (double) DAMPING) / (mean.getAsDouble() + DAMPING)));
  }

  /** The breakout, or null when unknown: what the shortlist and {@code rank --json} carry. */
  static Double orNull(MonthlyStars stars) {
    OptionalDouble breakout = of(stars);
    return breakout.isPresent() ? breakout.getAsDouble() : null;
  }

  /**
   * The formula with the repository's figures, for {@code --explain}: "ln((2000 + 100) / (50 +
   * 100))".
   */
  static String inputs(MonthlyStars stars) {
    return String.format(
        Locale.ROOT,
        "ln((%d + %d) / (%s + %d))",
        stars.month(),
        DAMPING,
        number(stars.previousMean().orElse(0)),
        DAMPING);
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
