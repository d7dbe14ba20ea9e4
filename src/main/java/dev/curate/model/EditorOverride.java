package dev.curate.model;

import java.util.Objects;

/**
 * What the editor decided about one candidate of a month ({@code curate pick / drop / note}).
 *
 * @param candidate the candidate's key: lowercase {@code owner/name}, or the bare base36 thread id
 * @param decision whether it was picked or dropped, or neither
 * @param note the editor's note for the draft, or null
 */
public record EditorOverride(String candidate, Decision decision, String note) {
  public enum Decision {
    PICK,
    DROP,
    NONE
  }

  public EditorOverride {
    Objects.requireNonNull(candidate, "candidate");
    decision = decision == null ? Decision.NONE : decision;
  }
}
