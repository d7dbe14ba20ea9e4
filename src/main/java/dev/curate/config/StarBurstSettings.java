package dev.curate.config;

/**
 * When a repository's month looks like bought stars, flagged for the editor ({@code star-burst}).
 * All conditions must hold.
 *
 * @param days the busiest days counted (1 to 31)
 * @param share the part of the month's stars those days hold at least, in (0, 1]
 * @param maxForksAndIssuesPerStar forks plus open issues per star at most: real attention leaves
 *     forks and issues behind, bought stars do not
 * @param minStars the month's stars at least, so that a quiet repository's one good day is not
 *     flagged
 */
public record StarBurstSettings(
    int days, double share, double maxForksAndIssuesPerStar, int minStars) {
  /** The shipped values, for rankers built without a configuration. */
  public static final StarBurstSettings DEFAULT = new StarBurstSettings(2, 0.8, 0.02, 200);
}
