package dev.curate.rank;

/**
 * One signal's part in a score: {@code weight · normalised}, summed over the signals and divided by
 * the sum of the weights (docs/scoring.md).
 *
 * @param signal {@code starsGained}, {@code stars}, {@code forks}, {@code breakout}, {@code
 *     comments} or {@code upvotes}
 * @param value the candidate's count (upvotes below zero count as 0), or its breakout
 * @param monthMax the largest value among the month's eligible candidates (for the breakout, the
 *     largest above 0, or 0)
 * @param normalised in [0, 1]: {@code ln(1+value) / ln(1+monthMax)} for a count, {@code value /
 *     monthMax} above 0 for the breakout
 * @param weight the configured weight
 * @param known false when the candidate's value is unknown (stars gained that were not measured, a
 *     breakout without the months before): it counts as 0, and {@code value} and {@code normalised}
 *     are 0
 * @param inputs how {@code value} was computed, for {@code --explain} (the breakout's {@code
 *     ln((2000 + 100) / (50 + 100))}); null for a count, which is its own input
 */
public record ScoreComponent(
    String signal,
    double value,
    double monthMax,
    double normalised,
    double weight,
    boolean known,
    String inputs) {
  public ScoreComponent(
      String signal, double value, double monthMax, double normalised, double weight) {
    this(signal, value, monthMax, normalised, weight, true, null);
  }

  static ScoreComponent unknown(String signal, double monthMax, double weight) {
    return new ScoreComponent(signal, 0, monthMax, 0, weight, false, null);
  }
}
