package dev.curate.rank;

import java.util.Collection;
import java.util.Optional;

/**
 * The candidate ID an editor most likely meant when the one typed names none: {@code pick
 * openai/spinnigup} → {@code openai/spinningup}. Compared in {@link CandidateId#key} form by edit
 * distance (insertions, deletions, substitutions); a typo is a few characters, so an ID further
 * than a third of its length away is no suggestion.
 */
public final class NearestId {
  private static final int MOST_EDITS = 3;

  private NearestId() {}

  /** The closest of {@code ids} to {@code typed}, if one is close enough; ties go to the first. */
  public static Optional<String> to(String typed, Collection<String> ids) {
    String key = CandidateId.key(typed);
    int allowed = Math.min(MOST_EDITS, Math.max(1, key.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : ids) {
      int d = distance(key, CandidateId.key(id));
      if (d <= allowed && d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, two rows at a time. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
