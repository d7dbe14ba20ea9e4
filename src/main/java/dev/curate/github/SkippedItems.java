package dev.curate.github;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Search results left out of their page because they were malformed ({@link SearchPageTap}),
 * kept until the fetch says so in one warning. One per source, shared by its threads.
 */
final class SkippedItems {
  /** Enough to find them; the count says how many more there were. */
  static final int NAMED = 5;

  /** @param item how the warning names it, e.g. {@code id 157208007} */
  record Skipped(String item, String problem) {}

  private final Queue<Skipped> skipped = new ConcurrentLinkedQueue<>();

  void add(String item, String problem) {
    skipped.add(new Skipped(item, problem));
  }

  /** The results skipped since the last call. */
  List<Skipped> drain() {
    List<Skipped> drained = new ArrayList<>();
    for (Skipped s = skipped.poll(); s != null; s = skipped.poll()) {
      drained.add(s);
    }
    return drained;
  }

  /** One warning naming the first few; empty when nothing was skipped. */
  static Optional<String> warning(List<Skipped> skipped) {
    if (skipped.isEmpty()) {
      return Optional.empty();
    }
    List<String> named = skipped.stream().limit(NAMED).map(s -> s.item() + " (" + s.problem() + ")").toList();
    String more = skipped.size() > NAMED ? String.format(Locale.ROOT, " and %d more", skipped.size() - NAMED) : "";
    return Optional.of(String.format(Locale.ROOT, "skipped %d malformed search %s: %s%s",
        skipped.size(), skipped.size() == 1 ? "result" : "results", String.join("; ", named), more));
  }
}
