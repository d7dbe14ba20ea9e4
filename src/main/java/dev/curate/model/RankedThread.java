package dev.curate.model;

import java.util.List;

/**
 * A thread on a shortlist: its place (1-based), our score in [0, 1], the facts, and what the
 * ranking and the editor added.
 *
 * @param kind {@code discussion}, {@code research}, {@code project}, {@code news} or {@code other};
 *     null when the ranking did not classify
 * @param picked the editor picked it ({@code curate pick})
 * @param note the editor's note ({@code curate note}), or null
 * @param flags warnings for the editor, each with what it rests on ({@code not-refreshed: Reddit no
 *     longer serves it ...}; a shortlist saved by an older curate has the bare code): see {@link
 *     FlagText}
 */
public record RankedThread(
    int rank,
    double score,
    RedditThread thread,
    String kind,
    boolean picked,
    String note,
    List<String> flags) {

  public RankedThread {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  /** The flags' codes ({@code not-refreshed}), as scripts and the table show them. */
  public List<String> flagCodes() {
    return FlagText.codes(flags);
  }

  /** A plain entry: not classified, not picked, no note, no flags. */
  public RankedThread(int rank, double score, RedditThread thread) {
    this(rank, score, thread, null, false, null, List.of());
  }
}
