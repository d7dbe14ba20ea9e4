package dev.curate.rank;

import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import java.util.Comparator;

/**
 * The order of a shortlist: score first, then fixed tie-breaks so that the same candidates always
 * rank the same way, whatever order the store returned them in.
 */
final class RankOrder {
  private RankOrder() {}

  /**
   * Scores are compared at 1e-9 resolution: two candidates whose scores differ only by rounding
   * noise in the last bits are a tie, decided by the tie-breaks. Rounding to a grid (rather than
   * comparing with an epsilon) keeps the comparator transitive.
   */
  static long scoreKey(double score) {
    return Math.round(score * 1e9);
  }

  static final Comparator<Scored<Repo>> REPOS =
      Comparator.<Scored<Repo>>comparingLong(s -> -scoreKey(s.score()))
          .thenComparing(s -> s.item().stars(), Comparator.reverseOrder())
          .thenComparing(s -> s.item().forks(), Comparator.reverseOrder())
          .thenComparing(s -> s.item().fullName(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(s -> s.item().fullName());

  static final Comparator<Scored<RedditThread>> THREADS =
      Comparator.<Scored<RedditThread>>comparingLong(s -> -scoreKey(s.score()))
          .thenComparing(s -> Scoring.comments(s.item()), Comparator.reverseOrder())
          .thenComparing(s -> Scoring.upvotes(s.item()), Comparator.reverseOrder())
          .thenComparing(s -> s.item().id());

  record Scored<T>(T item, double score) {}
}
