package dev.curate.workflow;

import dev.curate.model.EditorOverride;
import dev.curate.model.EditorOverride.Decision;
import dev.curate.rank.EditorOverrides;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The store's rows of editor decisions as the ranker takes them. */
final class Overrides {
  private Overrides() {}

  static EditorOverrides of(List<EditorOverride> rows) {
    Set<String> picks = new HashSet<>();
    Set<String> drops = new HashSet<>();
    Map<String, String> notes = new HashMap<>();
    for (EditorOverride row : rows) {
      if (row.decision() == Decision.PICK) {
        picks.add(row.candidate());
      } else if (row.decision() == Decision.DROP) {
        drops.add(row.candidate());
      }
      if (row.note() != null) {
        notes.put(row.candidate(), row.note());
      }
    }
    return new EditorOverrides(picks, drops, notes);
  }
}
