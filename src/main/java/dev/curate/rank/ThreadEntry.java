package dev.curate.rank;

import dev.curate.model.RankedThread;
import java.util.List;
import java.util.Optional;

/**
 * A thread on the shortlist, with what the richer ranking adds to {@link RankedThread}.
 *
 * @param kind {@code discussion}, {@code research}, {@code project}, {@code news} or
 *     {@code other} ({@code kind} in {@code rank --json})
 * @param picked the editor picked it ({@code curate pick})
 * @param note the editor's note ({@code curate note}), for the draft
 * @param flags always empty for now, as for {@link RepoEntry#flags()}
 */
public record ThreadEntry(RankedThread ranked, Category kind, boolean picked, Optional<String> note, List<String> flags) {
  public ThreadEntry {
    flags = List.copyOf(flags);
  }
}
