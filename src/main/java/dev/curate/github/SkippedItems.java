package dev.curate.github;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one warning about search results left out of their pages as unusable ({@link
 * SearchItemReader}).
 */
final class SkippedItems {
  /** Enough to find them; the count says how many more there were. */
  static final int NAMED = 5;

  private SkippedItems() {}

  /** One warning naming the first few; empty when nothing was skipped. */
  static Optional<String> warning(List<SearchItemReader.Rejected> skipped) {
    if (skipped.isEmpty()) {
      return Optional.empty();
    }
    List<String> named =
        skipped.stream().limit(NAMED).map(s -> s.item() + " (" + s.problem() + ")").toList();
    String more =
        skipped.size() > NAMED
            ? String.format(Locale.ROOT, " and %d more", skipped.size() - NAMED)
            : "";
    return Optional.of(
        String.format(
            Locale.ROOT,
            "skipped %d malformed search %s: %s%s",
            skipped.size(),
            skipped.size() == 1 ? "result" : "results",
            String.join("; ", named),
            more));
  }
}
