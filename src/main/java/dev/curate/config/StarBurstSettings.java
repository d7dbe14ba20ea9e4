package dev.curate.config;

/**
 * When a repository's month looks like bought stars ({@code star-burst}; docs/scoring.md, "Bought
 * stars"). The burst itself: at least {@code minStars} stars in the month, the busiest {@code days}
 * holding at least {@code share} of them, and forks plus open issues at most {@code
 * maxForksAndIssuesPerStar} per star. Then the other signals weigh in, each accusing, clearing or
 * unknown; the repository is flagged when more of them accuse than clear.
 *
 * @param days the busiest days counted (1 to 31)
 * @param share the part of the month's stars those days hold at least, in (0, 1]
 * @param maxForksAndIssuesPerStar forks plus open issues per star at most: real attention leaves
 *     forks and issues behind, bought stars do not. A repository above it is never flagged, however
 *     fast it rose
 * @param minStars the month's stars at least, so that a quiet repository's one good day is not
 *     flagged
 * @param passOver whether a flagged repository is passed over by the shortlist (it stays a
 *     candidate, and a pick brings it in); false only flags it
 * @param cliff the shape of the days after the burst
 * @param watchers the accounts watching it against its stars
 * @param pushes the repository's age and its last push against the burst
 * @param loneStargazers the month's stargazers who starred nothing else that month (GH Archive's
 *     events on ClickHouse only)
 */
public record StarBurstSettings(
    int days,
    double share,
    double maxForksAndIssuesPerStar,
    int minStars,
    boolean passOver,
    Cliff cliff,
    Watchers watchers,
    Pushes pushes,
    LoneStargazers loneStargazers) {

  /** The shipped values, for rankers built without a configuration. */
  public static final StarBurstSettings DEFAULT =
      new StarBurstSettings(
          2,
          0.8,
          0.02,
          200,
          true,
          Cliff.DEFAULT,
          Watchers.DEFAULT,
          Pushes.DEFAULT,
          LoneStargazers.DEFAULT);

  /** The burst's thresholds, with the shipped values for the rest. */
  public StarBurstSettings(int days, double share, double maxForksAndIssuesPerStar, int minStars) {
    this(
        days,
        share,
        maxForksAndIssuesPerStar,
        minStars,
        DEFAULT.passOver,
        DEFAULT.cliff,
        DEFAULT.watchers,
        DEFAULT.pushes,
        DEFAULT.loneStargazers);
  }

  /**
   * A cliff: the stars of the {@code daysAfter} days after the burst, against the busiest day's, at
   * most {@code maxShareAfter} (bought stars stop when the order is filled; a launch decays over
   * days). When the month ends sooner, the days it has count, against a share as much smaller.
   */
  public record Cliff(int daysAfter, double maxShareAfter) {
    public static final Cliff DEFAULT = new Cliff(7, 0.1);
  }

  /**
   * Few watchers: watchers per star at most {@code maxPerStar}. {@code rank} asks GitHub for the
   * watchers of at most {@code lookUp} bursting repositories whose watchers are not known yet (one
   * request each, kept in the workspace); 0 asks nothing.
   */
  public record Watchers(double maxPerStar, int lookUp) {
    public static final Watchers DEFAULT = new Watchers(0.003, 5);
  }

  /**
   * Nothing worked on: the last push within {@code quietDays} days of the repository's creation, or
   * before the burst began.
   */
  public record Pushes(int quietDays) {
    public static final Pushes DEFAULT = new Pushes(1);
  }

  /**
   * Lone stargazers: of at least {@code minStargazers} accounts that starred it in the month, at
   * least {@code minShare} starred nothing else that month. {@code fetch} counts them on ClickHouse
   * for at most {@code ask} candidates, most stars gained in the month first, of those with at
   * least {@code minStargazers} stars gained (one query for all); 0 asks nothing.
   */
  public record LoneStargazers(double minShare, int minStargazers, int ask) {
    public static final LoneStargazers DEFAULT = new LoneStargazers(0.8, 100, 50);
  }
}
