package dev.curate.rank;

import dev.curate.model.Shortlist;
import java.util.List;

/**
 * The result of {@link Ranker#rank(RankRequest)}.
 *
 * @param shortlist what the store saves and the draft renders today, ranks from 1
 * @param repos the same repositories in the same order, with area, pick, note and flags
 * @param threads the same threads in the same order, with kind, pick, note and flags
 * @param repoExplanations every repository candidate, in score order (see {@link Explanation})
 * @param threadExplanations every thread candidate, in score order
 * @param unmatchedOverrides IDs picked, dropped or noted that are no candidate of the month
 *     (sorted, in {@link CandidateId#key} form): the command should warn about them
 */
public record Ranking(
    Shortlist shortlist,
    List<RepoEntry> repos,
    List<ThreadEntry> threads,
    List<Explanation> repoExplanations,
    List<Explanation> threadExplanations,
    List<String> unmatchedOverrides) {

  public Ranking {
    repos = List.copyOf(repos);
    threads = List.copyOf(threads);
    repoExplanations = List.copyOf(repoExplanations);
    threadExplanations = List.copyOf(threadExplanations);
    unmatchedOverrides = List.copyOf(unmatchedOverrides);
  }
}
