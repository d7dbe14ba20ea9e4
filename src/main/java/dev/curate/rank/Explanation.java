package dev.curate.rank;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything {@code rank --explain} says about one candidate.
 *
 * @param id as rank prints it ({@code owner/name}, or the thread's base36 id)
 * @param classification its area (repositories) or kind (threads), and what decided it
 * @param score in [0, 1], against the month's eligible candidates (also for excluded ones, so that
 *     an editor sees what an exclusion cost)
 * @param place its position among all of the month's candidates by score, from 1
 * @param rank its rank on the shortlist, empty when it is not on it
 * @param reasons for {@link Outcome#PASSED_OVER}, why (never empty); for {@link Outcome#PICKED},
 *     what the pick overrode (exclusions, a feature in an earlier month), often nothing; empty for
 *     {@link Outcome#SELECTED}
 * @param flags warnings for the editor with their details, e.g. {@code star-burst: 92% of ...}
 */
public record Explanation(
    CandidateType type,
    String id,
    Classification classification,
    double score,
    List<ScoreComponent> components,
    int place,
    Outcome outcome,
    OptionalInt rank,
    List<PassOver> reasons,
    List<String> flags) {

  public Explanation {
    components = List.copyOf(components);
    reasons = List.copyOf(reasons);
    flags = List.copyOf(flags);
  }

  public boolean onShortlist() {
    return outcome != Outcome.PASSED_OVER;
  }

  /**
   * The first reason that keeps it out whatever the shortlist's size (its {@link
   * PassOver#exclusion() slug}: {@code fork}, {@code junk}, {@code dropped}, {@code
   * featured:2018-11}...), or empty when it may be ranked on its score. A pick keeps its reason:
   * the editor overrode it, and should see what was overridden.
   */
  public Optional<String> excludedBecause() {
    return reasons.stream().map(PassOver::exclusion).flatMap(Optional::stream).findFirst();
  }

  public boolean eligible() {
    return excludedBecause().isEmpty();
  }

  /** The editor dropped it ({@code curate drop}), whatever else keeps it out. */
  public boolean dropped() {
    return reasons.stream().anyMatch(PassOver.DroppedByEditor.class::isInstance);
  }
}
