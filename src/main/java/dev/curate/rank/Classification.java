package dev.curate.rank;

import java.util.Objects;

/**
 * A candidate's category and what decided it, so that {@code --explain} can show an editor why a
 * repository counts as {@code nlp} (and which rule to change when it should not).
 *
 * @param basis e.g. {@code topics: nlp, bert}, {@code title tag [D]}, {@code no rule matched}
 */
public record Classification(Category category, String basis) {
  public Classification {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(basis, "basis");
  }
}
