package dev.curate.rank;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the editor decided about a month ({@code curate pick / drop / note}), by ID as rank prints
 * it. Keys are compared through {@link CandidateId#key}, so case and a {@code t3_} prefix do not
 * matter. An ID cannot be both picked and dropped: the store keeps the latest of the two.
 */
public record EditorOverrides(Set<String> picks, Set<String> drops, Map<String, String> notes) {
  public static final EditorOverrides NONE = new EditorOverrides(Set.of(), Set.of(), Map.of());

  public EditorOverrides {
    picks = keys(picks);
    drops = keys(drops);
    Map<String, String> byKey = new TreeMap<>();
    notes.forEach(
        (id, text) ->
            byKey.put(CandidateId.key(id), Objects.requireNonNull(text, "note of " + id)));
    notes = Collections.unmodifiableMap(byKey);
    Set<String> both = new TreeSet<>(picks);
    both.retainAll(drops);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("picked and dropped at once: " + String.join(", ", both));
    }
  }

  public boolean picked(String id) {
    return picks.contains(CandidateId.key(id));
  }

  public boolean dropped(String id) {
    return drops.contains(CandidateId.key(id));
  }

  public Optional<String> note(String id) {
    return Optional.ofNullable(notes.get(CandidateId.key(id)));
  }

  private static Set<String> keys(Set<String> ids) {
    Set<String> keys = new TreeSet<>();
    ids.forEach(id -> keys.add(CandidateId.key(id)));
    return Collections.unmodifiableSet(keys);
  }
}
