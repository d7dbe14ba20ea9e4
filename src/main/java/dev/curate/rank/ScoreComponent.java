package dev.curate.rank;

/**
 * One signal's part in a score: {@code weight · normalised}, summed over the signals and divided
 * by the sum of the weights (docs/scoring.md).
 *
 * @param signal {@code stars}, {@code forks}, {@code comments} or {@code upvotes}
 * @param value the candidate's count (upvotes below zero count as 0)
 * @param monthMax the largest count among the month's eligible candidates
 * @param normalised {@code ln(1+value) / ln(1+monthMax)}, in [0, 1]
 * @param weight the configured weight
 */
public record ScoreComponent(String signal, long value, long monthMax, double normalised, double weight) {}
