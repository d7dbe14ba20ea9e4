package dev.curate.config;

import java.util.List;

/** The whole configuration, after defaults and the user's file were merged and checked. */
public record CurateConfig(
    Endpoints endpoints,
    GitHubSettings github,
    RedditSettings reddit,
    ShortlistSettings shortlist,
    ScoringSettings scoring,
    HttpSettings http,
    List<AreaRule> areas,
    MlEvidence mlEvidence,
    ThreadKindSettings threadKinds,
    DiversitySettings diversity,
    JunkSettings junk,
    StarBurstSettings starBurst,
    EnrichSettings enrich) {

  public CurateConfig {
    areas = ConfigLists.copy(areas);
  }

  /** The same configuration with other endpoints. */
  public CurateConfig withEndpoints(Endpoints replaced) {
    return new CurateConfig(
        replaced,
        github,
        reddit,
        shortlist,
        scoring,
        http,
        areas,
        mlEvidence,
        threadKinds,
        diversity,
        junk,
        starBurst,
        enrich);
  }

  /** The same configuration with other HTTP settings (e.g. {@code fetch --max-wait}). */
  public CurateConfig withHttp(HttpSettings replaced) {
    return new CurateConfig(
        endpoints,
        github,
        reddit,
        shortlist,
        scoring,
        replaced,
        areas,
        mlEvidence,
        threadKinds,
        diversity,
        junk,
        starBurst,
        enrich);
  }
}
