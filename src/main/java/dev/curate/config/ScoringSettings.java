package dev.curate.config;

/** Signal weights for the two kinds of candidate; see docs/scoring.md. */
public record ScoringSettings(RepoWeights repos, ThreadWeights threads) {

  public record RepoWeights(double stars, double forks) {}

  public record ThreadWeights(double comments, double upvotes) {}
}
