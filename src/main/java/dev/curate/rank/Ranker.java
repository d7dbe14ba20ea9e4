package dev.curate.rank;

import dev.curate.config.ScoringSettings;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.rank.RankOrder.Scored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Scores a month's candidates and keeps the best. Pure: no I/O, no clock (the caller passes
 * {@code rankedAt}), so the same input always gives the same shortlist.
 */
public final class Ranker {
  private final Scoring scoring;

  public Ranker(ScoringSettings scoring) {
    this.scoring = new Scoring(Objects.requireNonNull(scoring, "scoring"));
  }

  public Shortlist rank(
      CalendarMonth month,
      List<Repo> repos,
      List<RedditThread> threads,
      int repoCount,
      int threadCount,
      Instant rankedAt) {
    requireCount("repoCount", repoCount);
    requireCount("threadCount", threadCount);
    Eligibility eligibility = new Eligibility(month);

    List<Repo> eligibleRepos = repos.stream().filter(eligibility::isEligible).toList();
    List<RedditThread> eligibleThreads = threads.stream().filter(eligibility::isEligible).toList();

    List<RankedRepo> rankedRepos =
        top(eligibleRepos, scoring.scoreRepos(eligibleRepos), RankOrder.REPOS, repoCount,
            (rank, s) -> new RankedRepo(rank, s.score(), s.item()));
    List<RankedThread> rankedThreads =
        top(eligibleThreads, scoring.scoreThreads(eligibleThreads), RankOrder.THREADS, threadCount,
            (rank, s) -> new RankedThread(rank, s.score(), s.item()));
    return new Shortlist(month, rankedRepos, rankedThreads, rankedAt);
  }

  private static <T, R> List<R> top(
      List<T> items,
      List<Double> scores,
      Comparator<Scored<T>> order,
      int count,
      BiFunction<Integer, Scored<T>, R> toRanked) {
    List<Scored<T>> scored = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      scored.add(new Scored<>(items.get(i), scores.get(i)));
    }
    scored.sort(order);
    List<R> kept = new ArrayList<>(Math.min(count, scored.size()));
    for (int i = 0; i < scored.size() && i < count; i++) {
      kept.add(toRanked.apply(i + 1, scored.get(i)));
    }
    return kept;
  }

  private static void requireCount(String name, int count) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " must be zero or more, got " + count);
    }
  }
}
