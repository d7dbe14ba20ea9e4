package dev.curate.config;

/** Signal weights for the two kinds of candidate; see docs/scoring.md. */
public record ScoringSettings(RepoWeights repos, ThreadWeights threads) {

  /**
   * @param starsGained the weight of the stars gained inside the month (issue 4)
   */
  public record RepoWeights(double stars, double forks, double starsGained) {
    /** Current stars and forks only: stars gained do not count. */
    public RepoWeights(double stars, double forks) {
      this(stars, forks, 0);
    }
  }

  public record ThreadWeights(double comments, double upvotes) {}
}
