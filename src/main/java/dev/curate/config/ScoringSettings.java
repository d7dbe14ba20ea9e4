package dev.curate.config;

/** Signal weights for the two kinds of candidate; see docs/scoring.md. */
public record ScoringSettings(RepoWeights repos, ThreadWeights threads) {

  /**
   * @param starsGained the weight of the stars gained inside the month (issue 4)
   * @param breakout the weight of the month's stars against the three months before (issue 13); it
   *     takes part only in a month whose earlier months were counted (read through GH Archive's
   *     events)
   */
  public record RepoWeights(double stars, double forks, double starsGained, double breakout) {
    /** Without the breakout signal. */
    public RepoWeights(double stars, double forks, double starsGained) {
      this(stars, forks, starsGained, 0);
    }

    /** Current stars and forks only: stars gained do not count. */
    public RepoWeights(double stars, double forks) {
      this(stars, forks, 0);
    }
  }

  public record ThreadWeights(double comments, double upvotes) {}
}
