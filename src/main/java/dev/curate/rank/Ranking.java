package dev.curate.rank;

import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.Shortlist;
import java.util.List;

/**
 * The result of {@link Ranker#rank(RankRequest)}.
 *
 * @param shortlist what the store saves and the draft renders, ranks from 1
 * @param repoExplanations every repository candidate, in score order (see {@link Explanation})
 * @param threadExplanations every thread candidate, in score order
 * @param unmatchedOverrides IDs picked, dropped or noted that are no candidate of the month
 *     (sorted, in {@link CandidateId#key} form): the command should warn about them
 * @param repoCandidates every repository candidate, in score order, eligible or not: what {@code
 *     curate candidates} lists
 * @param threadCandidates every thread candidate, in score order
 */
public record Ranking(
    Shortlist shortlist,
    List<Explanation> repoExplanations,
    List<Explanation> threadExplanations,
    List<String> unmatchedOverrides,
    List<Candidacy<RankedRepo>> repoCandidates,
    List<Candidacy<RankedThread>> threadCandidates) {

  public Ranking {
    repoExplanations = List.copyOf(repoExplanations);
    threadExplanations = List.copyOf(threadExplanations);
    unmatchedOverrides = List.copyOf(unmatchedOverrides);
    repoCandidates = List.copyOf(repoCandidates);
    threadCandidates = List.copyOf(threadCandidates);
  }

  /** The shortlist's repositories, with area, pick, note and flags. */
  public List<RankedRepo> repos() {
    return shortlist.repos();
  }

  /** The shortlist's threads, with kind, pick, note and flags. */
  public List<RankedThread> threads() {
    return shortlist.threads();
  }
}
