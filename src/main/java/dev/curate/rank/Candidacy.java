package dev.curate.rank;

import java.util.Objects;

/**
 * One candidate of the month as {@code curate candidates} shows it: the entry a shortlist would
 * hold (with {@code rank} 0 when it is not on this ranking's shortlist) and everything the ranking
 * decided about it.
 *
 * @param entry a {@code RankedRepo} or {@code RankedThread}
 */
public record Candidacy<T>(T entry, Explanation explanation) {
  public Candidacy {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(explanation, "explanation");
  }
}
