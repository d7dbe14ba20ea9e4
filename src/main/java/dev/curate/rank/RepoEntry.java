package dev.curate.rank;

import dev.curate.model.RankedRepo;
import java.util.List;
import java.util.Optional;

/**
 * A repository on the shortlist, with what the richer ranking adds to {@link RankedRepo}.
 *
 * @param area the area it was filed under ({@code area} in {@code rank --json})
 * @param picked the editor picked it ({@code curate pick})
 * @param note the editor's note ({@code curate note}), for the draft
 * @param flags warnings for the editor. Always empty for now: the star-burst flag needs a daily
 *     star history, which is not fetched yet; the list is here so that the JSON shape is stable.
 */
public record RepoEntry(RankedRepo ranked, Category area, boolean picked, Optional<String> note, List<String> flags) {
  public RepoEntry {
    flags = List.copyOf(flags);
  }
}
