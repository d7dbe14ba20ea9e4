package dev.curate.model;

import java.util.List;

/**
 * A repository on a shortlist: its place (1-based), our score in [0, 1], the facts, and what the
 * ranking and the editor added.
 *
 * @param area the area slug it was filed under ({@code nlp}, {@code computer-vision}...), or null
 *     when the ranking did not classify
 * @param picked the editor picked it ({@code curate pick})
 * @param note the editor's note ({@code curate note}), or null
 * @param flags warnings for the editor, each with what it rests on ({@code star-burst: 4,200 stars,
 *     ...}; a shortlist saved by an older curate has the bare code): see {@link FlagText}
 * @param starGain the stars it gained inside the shortlist's month
 * @param breakout the month's stars against the three months before, as rank's breakout signal
 *     computed it (docs/scoring.md, "Breakout"); null when unknown (the months before were not
 *     counted), and for a shortlist read back from the store, which does not keep it
 */
public record RankedRepo(
    int rank,
    double score,
    Repo repo,
    String area,
    boolean picked,
    String note,
    List<String> flags,
    StarGain starGain,
    Double breakout) {

  public RankedRepo {
    flags = flags == null ? List.of() : List.copyOf(flags);
    starGain = starGain == null ? StarGain.UNKNOWN : starGain;
  }

  /** Without a breakout (unknown). */
  public RankedRepo(
      int rank,
      double score,
      Repo repo,
      String area,
      boolean picked,
      String note,
      List<String> flags,
      StarGain starGain) {
    this(rank, score, repo, area, picked, note, flags, starGain, null);
  }

  /** The flags' codes ({@code star-burst}), as scripts and the table show them. */
  public List<String> flagCodes() {
    return FlagText.codes(flags);
  }

  /** A plain entry: not classified, not picked, no note, no flags, stars gained unknown. */
  public RankedRepo(int rank, double score, Repo repo) {
    this(rank, score, repo, null, false, null, List.of(), StarGain.UNKNOWN);
  }
}
