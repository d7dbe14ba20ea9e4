package dev.curate.rank;

import dev.curate.config.AreaRule;
import dev.curate.config.CurateConfig;
import dev.curate.config.DiversitySettings;
import dev.curate.config.JunkSettings;
import dev.curate.config.MlEvidence;
import dev.curate.config.StarBurstSettings;
import dev.curate.config.ThreadKindSettings;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configured rules a {@link Ranker} classifies, filters and balances with, and what {@link
 * MlFilter} takes for evidence of machine learning.
 */
public record RankRules(
    List<AreaRule> areas,
    ThreadKindSettings threadKinds,
    DiversitySettings diversity,
    JunkSettings junk,
    StarBurstSettings starBurst,
    MlEvidence mlEvidence) {

  /**
   * No area or kind rules (everything is {@code other}), no junk rules, and the shipped caps (1 per
   * owner, 2 per area): what {@code new Ranker(ScoringSettings)} ranks with.
   */
  public static final RankRules BARE =
      new RankRules(
          List.of(),
          new ThreadKindSettings(List.of(), Map.of()),
          new DiversitySettings(1, 2),
          new JunkSettings(false, List.of()));

  public RankRules {
    areas = List.copyOf(areas);
    Objects.requireNonNull(threadKinds, "threadKinds");
    Objects.requireNonNull(diversity, "diversity");
    Objects.requireNonNull(junk, "junk");
    Objects.requireNonNull(starBurst, "starBurst");
    Objects.requireNonNull(mlEvidence, "mlEvidence");
  }

  /** Without ML evidence ({@link MlEvidence#NONE}): what the ranker alone needs. */
  public RankRules(
      List<AreaRule> areas,
      ThreadKindSettings threadKinds,
      DiversitySettings diversity,
      JunkSettings junk,
      StarBurstSettings starBurst) {
    this(areas, threadKinds, diversity, junk, starBurst, MlEvidence.NONE);
  }

  /** With the shipped star-burst thresholds. */
  public RankRules(
      List<AreaRule> areas,
      ThreadKindSettings threadKinds,
      DiversitySettings diversity,
      JunkSettings junk) {
    this(areas, threadKinds, diversity, junk, StarBurstSettings.DEFAULT);
  }

  public static RankRules from(CurateConfig config) {
    return new RankRules(
        config.areas(),
        config.threadKinds(),
        config.diversity(),
        config.junk(),
        config.starBurst(),
        config.mlEvidence());
  }
}
