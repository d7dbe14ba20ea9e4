package dev.curate.chart;

/**
 * A value axis from 0 to a round maximum in a few equal, round steps: 0, 100, 200, 300, 400 for a
 * highest value of 380. The steps are 1, 2, 2.5 or 5 times a power of ten, whole numbers only
 * (stars are counted), and of the 1 to 5 steps that fit, the lowest maximum wins, so the tallest
 * bar fills as much of the height as round labels allow.
 *
 * @param step the distance between two gridlines, at least 1
 * @param steps how many steps reach the maximum, 1 to 5
 */
record AxisScale(long step, int steps) {
  private static final int MAX_STEPS = 5;

  static AxisScale covering(long highest) {
    AxisScale best = null;
    for (int steps = MAX_STEPS; steps >= 1; steps--) {
      AxisScale candidate = covering(highest, steps);
      if (best == null || candidate.max() < best.max()) {
        best = candidate;
      }
    }
    return best;
  }

  /** In exactly {@code steps} steps: a second axis that shares the first one's gridlines. */
  static AxisScale covering(long highest, int steps) {
    return new AxisScale(roundStepAtLeast(ceilDiv(Math.max(1, highest), steps)), steps);
  }

  long max() {
    return step * steps;
  }

  /**
   * The smallest of 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, ... that is at least {@code
   * value}.
   */
  private static long roundStepAtLeast(long value) {
    for (long power = 1; ; power *= 10) {
      long[] round =
          power == 1
              ? new long[] {1, 2, 5}
              : new long[] {power, 2 * power, 5 * power / 2, 5 * power};
      for (long step : round) {
        if (step >= value) {
          return step;
        }
      }
    }
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
