package dev.curate.rank;

import dev.curate.config.ScoringSettings;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Scores a month's eligible candidates in [0, 1]; the formula and a worked example are in
 * docs/scoring.md. Each signal is log-scaled, because stars and comments are heavy-tailed and one
 * viral item would otherwise flatten everyone else to zero, then divided by the month's largest
 * value so that signals with different magnitudes can be weighted against each other.
 */
public final class Scoring {
  private final double starsWeight;
  private final double forksWeight;
  private final double commentsWeight;
  private final double upvotesWeight;

  public Scoring(ScoringSettings settings) {
    this.starsWeight = settings.repos().stars();
    this.forksWeight = settings.repos().forks();
    this.commentsWeight = settings.threads().comments();
    this.upvotesWeight = settings.threads().upvotes();
    // The config validator checks this too; a Scoring built in code must not divide by zero.
    requireUsable("scoring.repos", starsWeight, forksWeight);
    requireUsable("scoring.threads", commentsWeight, upvotesWeight);
  }

  /** Scores in the order of the input: each repository against the others in the list. */
  public List<Double> scoreRepos(List<Repo> repos) {
    return score(repos, List.of(Repo::stars, Repo::forks), new double[] {starsWeight, forksWeight});
  }

  /** Scores in the order of the input: each thread against the others in the list. */
  public List<Double> scoreThreads(List<RedditThread> threads) {
    return score(
        threads,
        List.of(RedditThread::comments, Scoring::upvotes),
        new double[] {commentsWeight, upvotesWeight});
  }

  /** Reddit's score can go below zero; a disliked thread counts as one nobody voted on. */
  static long upvotes(RedditThread thread) {
    return Math.max(0, thread.score());
  }

  /** {@code ln(1+x) / ln(1+max)}, 0 when the month's maximum is 0. */
  static double normalise(long value, long max) {
    if (max <= 0) {
      return 0;
    }
    double ratio = Math.log1p(Math.max(0, value)) / Math.log1p(max);
    return Math.min(1, ratio);
  }

  private static <T> List<Double> score(
      List<T> items, List<ToLongFunction<T>> signals, double[] weights) {
    long[] max = new long[signals.size()];
    for (T item : items) {
      for (int s = 0; s < signals.size(); s++) {
        max[s] = Math.max(max[s], signals.get(s).applyAsLong(item));
      }
    }
    double weightSum = 0;
    for (double w : weights) {
      weightSum += w;
    }
    List<Double> scores = new ArrayList<>(items.size());
    for (T item : items) {
      double sum = 0;
      for (int s = 0; s < signals.size(); s++) {
        sum += weights[s] * normalise(signals.get(s).applyAsLong(item), max[s]);
      }
      scores.add(sum / weightSum);
    }
    return scores;
  }

  private static void requireUsable(String key, double... weights) {
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(key + ": weights must be zero or more, got " + w);
      }
      sum += w;
    }
    if (sum == 0) {
      throw new IllegalArgumentException(key + ": at least one weight must be above zero");
    }
  }
}
