package dev.curate.rank;

import static dev.curate.rank.Candidates.MID_NOVEMBER;
import static dev.curate.rank.Candidates.repo;
import static dev.curate.rank.Candidates.thread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.curate.config.ScoringSettings;
import dev.curate.config.ScoringSettings.RepoWeights;
import dev.curate.config.ScoringSettings.ThreadWeights;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.rank.Candidates.Flags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankerTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant RANKED_AT = Instant.parse("2018-12-02T09:30:00Z");

  private final Ranker ranker = new Ranker(ScoringTest.DEFAULTS);

  @Test
  void keepsTheTopCandidatesInScoreOrderWithRanksFromOne() {
    List<Repo> repos =
        List.of(
            repo("x/small", 5, 1),
            repo("x/big", 900, 40),
            repo("x/mid", 120, 12),
            repo("x/tiny", 1, 0));
    List<RedditThread> threads =
        List.of(thread("aaa", 3, 4), thread("bbb", 112, 287), thread("ccc", 40, 520));

    Shortlist shortlist = ranker.rank(NOVEMBER, repos, threads, 2, 2, RANKED_AT);

    assertThat(shortlist.month()).isEqualTo(NOVEMBER);
    assertThat(shortlist.rankedAt()).isEqualTo(RANKED_AT);
    assertThat(shortlist.repos())
        .extracting(r -> r.repo().fullName())
        .containsExactly("x/big", "x/mid");
    assertThat(shortlist.repos()).extracting(RankedRepo::rank).containsExactly(1, 2);
    assertThat(shortlist.repos().get(0).score()).isEqualTo(1.0);
    assertThat(shortlist.threads()).extracting(t -> t.thread().id()).containsExactly("bbb", "ccc");
    assertThat(shortlist.threads().get(0).score()).isCloseTo(0.9620963397, within(1e-9));
    assertThat(shortlist.threads()).extracting(RankedThread::rank).containsExactly(1, 2);
  }

  @Test
  void ineligibleCandidatesAreNeitherRankedNorCountedInTheMonthsMaximum() {
    Repo hugeFork = repo("x/fork", 100_000, 9_000, MID_NOVEMBER, true, false);
    Repo lastMonth =
        repo("x/old", 50_000, 5_000, Instant.parse("2018-10-31T23:59:59Z"), false, false);
    RedditThread stickied = thread("sticky", 5_000, 9_000, MID_NOVEMBER, Flags.STICKIED);

    Shortlist shortlist =
        ranker.rank(
            NOVEMBER,
            List.of(hugeFork, lastMonth, repo("x/a", 100, 10), repo("x/b", 10, 100)),
            List.of(stickied, thread("t1", 112, 287), thread("t2", 40, 520)),
            5,
            5,
            RANKED_AT);

    assertThat(shortlist.repos())
        .extracting(r -> r.repo().fullName())
        .containsExactly("x/a", "x/b");
    assertThat(shortlist.repos().get(0).score()).isCloseTo(0.9039147413, within(1e-9));
    assertThat(shortlist.threads()).extracting(t -> t.thread().id()).containsExactly("t1", "t2");
  }

  @Test
  void weightsFromConfigurationChangeTheOrder() {
    List<Repo> repos = List.of(repo("x/starred", 100, 10), repo("x/forked", 10, 100));
    List<RedditThread> threads = List.of(thread("talky", 112, 287), thread("liked", 40, 520));
    Ranker forksFirst =
        new Ranker(new ScoringSettings(new RepoWeights(0.2, 0.8), new ThreadWeights(0.1, 0.9)));

    Shortlist byDefault = ranker.rank(NOVEMBER, repos, threads, 2, 2, RANKED_AT);
    Shortlist reweighted = forksFirst.rank(NOVEMBER, repos, threads, 2, 2, RANKED_AT);

    assertThat(byDefault.repos())
        .extracting(r -> r.repo().fullName())
        .containsExactly("x/starred", "x/forked");
    assertThat(reweighted.repos())
        .extracting(r -> r.repo().fullName())
        .containsExactly("x/forked", "x/starred");
    assertThat(byDefault.threads())
        .extracting(t -> t.thread().id())
        .containsExactly("talky", "liked");
    assertThat(reweighted.threads())
        .extracting(t -> t.thread().id())
        .containsExactly("liked", "talky");
  }

  @Test
  void equalRepoScoresAreOrderedByStarsThenForksThenNameIgnoringCaseThenExactly() {
    // Only forks weigh, so every repo with 10 forks scores the same.
    Ranker forksOnly =
        new Ranker(new ScoringSettings(new RepoWeights(0, 1), ScoringTest.DEFAULTS.threads()));
    List<Repo> repos =
        List.of(
            repo("b/x", 50, 10),
            repo("a/y", 50, 10),
            repo("B/a", 50, 10),
            repo("A/y", 50, 10),
            repo("z/most-stars", 60, 10));

    for (List<Repo> input : orderings(repos)) {
      Shortlist shortlist = forksOnly.rank(NOVEMBER, input, List.of(), 10, 0, RANKED_AT);
      assertThat(shortlist.repos()).extracting(RankedRepo::score).containsOnly(1.0);
      assertThat(shortlist.repos())
          .extracting(r -> r.repo().fullName())
          .containsExactly("z/most-stars", "A/y", "a/y", "B/a", "b/x");
    }
  }

  @Test
  void equalRepoScoresWithEqualStarsAreOrderedByForks() {
    Ranker starsOnly =
        new Ranker(new ScoringSettings(new RepoWeights(1, 0), ScoringTest.DEFAULTS.threads()));
    List<Repo> repos = List.of(repo("a/few", 50, 1), repo("z/many", 50, 9));

    Shortlist shortlist = starsOnly.rank(NOVEMBER, repos, List.of(), 10, 0, RANKED_AT);

    assertThat(shortlist.repos())
        .extracting(r -> r.repo().fullName())
        .containsExactly("z/many", "a/few");
  }

  @Test
  void equalThreadScoresAreOrderedByCommentsThenUpvotesThenId() {
    Ranker upvotesOnly =
        new Ranker(new ScoringSettings(ScoringTest.DEFAULTS.repos(), new ThreadWeights(0, 1)));
    List<RedditThread> threads =
        List.of(thread("bbb", 10, 100), thread("aaa", 10, 100), thread("zzz", 99, 100));

    for (List<RedditThread> input : orderings(threads)) {
      Shortlist shortlist = upvotesOnly.rank(NOVEMBER, List.of(), input, 0, 10, RANKED_AT);
      assertThat(shortlist.threads())
          .extracting(t -> t.thread().id())
          .containsExactly("zzz", "aaa", "bbb");
    }

    Ranker commentsOnly =
        new Ranker(new ScoringSettings(ScoringTest.DEFAULTS.repos(), new ThreadWeights(1, 0)));
    Shortlist byUpvotes =
        commentsOnly.rank(
            NOVEMBER,
            List.of(),
            List.of(thread("aaa", 10, 5), thread("bbb", 10, 50)),
            0,
            10,
            RANKED_AT);
    assertThat(byUpvotes.threads()).extracting(t -> t.thread().id()).containsExactly("bbb", "aaa");
  }

  @Test
  void keepsEveryoneWhenThereAreFewerCandidatesThanAskedFor() {
    Shortlist shortlist =
        ranker.rank(
            NOVEMBER, List.of(repo("x/a", 3, 1)), List.of(thread("aaa", 1, 1)), 5, 5, RANKED_AT);

    assertThat(shortlist.repos()).extracting(RankedRepo::rank).containsExactly(1);
    assertThat(shortlist.threads()).extracting(RankedThread::rank).containsExactly(1);
  }

  @Test
  void keepsNothingWhenZeroAreAskedFor() {
    Shortlist shortlist =
        ranker.rank(
            NOVEMBER, List.of(repo("x/a", 3, 1)), List.of(thread("aaa", 1, 1)), 0, 0, RANKED_AT);

    assertThat(shortlist.repos()).isEmpty();
    assertThat(shortlist.threads()).isEmpty();
  }

  @Test
  void anEmptyMonthGivesAnEmptyShortlist() {
    Shortlist shortlist = ranker.rank(NOVEMBER, List.of(), List.of(), 5, 5, RANKED_AT);

    assertThat(shortlist.repos()).isEmpty();
    assertThat(shortlist.threads()).isEmpty();
  }

  @Test
  void rejectsANegativeCount() {
    assertThatThrownBy(() -> ranker.rank(NOVEMBER, List.of(), List.of(), -1, 5, RANKED_AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repoCount");
  }

  /** The input as given, reversed, and rotated: the result must not depend on it. */
  private static <T> List<List<T>> orderings(List<T> items) {
    List<T> reversed = new ArrayList<>(items);
    Collections.reverse(reversed);
    List<T> rotated = new ArrayList<>(items);
    Collections.rotate(rotated, 2);
    return List.of(items, reversed, rotated);
  }
}
