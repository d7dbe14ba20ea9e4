package dev.curate.rank;

/**
 * One signal's part in a score: {@code weight · normalised}, summed over the signals and divided by
 * the sum of the weights (docs/scoring.md).
 *
 * @param signal {@code starsGained}, {@code stars}, {@code forks}, {@code comments} or {@code
 *     upvotes}
 * @param value the candidate's count (upvotes below zero count as 0)
 * @param monthMax the largest count among the month's eligible candidates
 * @param normalised {@code ln(1+value) / ln(1+monthMax)}, in [0, 1]
 * @param weight the configured weight
 * @param known false when the candidate's value is unknown (stars gained that were not measured):
 *     it counts as 0, and {@code value} and {@code normalised} are 0
 */
public record ScoreComponent(
    String signal, long value, long monthMax, double normalised, double weight, boolean known) {
  public ScoreComponent(
      String signal, long value, long monthMax, double normalised, double weight) {
    this(signal, value, monthMax, normalised, weight, true);
  }

  static ScoreComponent unknown(String signal, long monthMax, double weight) {
    return new ScoreComponent(signal, 0, monthMax, 0, weight, false);
  }
}
