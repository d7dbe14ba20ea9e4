package dev.curate.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.ThreadBuilder;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One decision for rank and candidates: each candidate's first standing reason as the slug {@code
 * candidates --json} prints in {@code excludedBecause}, every candidate kept by the ranking.
 */
class ExcludedBecauseTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant AT = Instant.parse("2018-12-02T09:30:00Z");
  private final Ranker ranker = new Ranker(ScoringTest.DEFAULTS, RankingTest.RULES);

  @Test
  void everyExclusionReasonHasOneOfTheDocumentedSlugs() {
    Set<String> slugs =
        Arrays.stream(ExclusionReason.values())
            .map(ExclusionReason::slug)
            .collect(Collectors.toSet());
    assertThat(slugs)
        .containsExactlyInAnyOrder(
            "fork", "archived", "outside-month", "junk", "stickied", "nsfw", "removed", "deleted");
  }

  @Test
  void eachCandidateCarriesWhyItIsExcludedOrNothing() {
    List<Repo> repos =
        List.of(
            RepoBuilder.repo("good/one").stars(50).build(),
            RepoBuilder.repo("fork/one").stars(60).fork(true).build(),
            RepoBuilder.repo("old/one").stars(70).archived(true).build(),
            RepoBuilder.repo("late/one").stars(80).createdAt("2018-12-02T00:00:00Z").build(),
            RepoBuilder.repo("empty/one").stars(90).description("").build(),
            RepoBuilder.repo("dropped/one").stars(40).build(),
            RepoBuilder.repo("featured/one").stars(30).build());
    List<RedditThread> threads =
        List.of(
            ThreadBuilder.thread("aaa111").score(10).build(),
            ThreadBuilder.thread("bbb222").score(20).stickied(true).build(),
            ThreadBuilder.thread("ccc333").score(30).over18(true).build(),
            ThreadBuilder.thread("ddd444").score(40).removed(true).build(),
            ThreadBuilder.thread("eee555").score(50).deleted(true).build());
    RankRequest request =
        RankRequest.of(NOVEMBER, repos, threads, 10, 10, AT)
            .withOverrides(new EditorOverrides(Set.of(), Set.of("dropped/one"), Map.of()))
            .withFeatured(Map.of("featured/one", CalendarMonth.of(2018, 10)));

    Ranking ranking = ranker.rank(request);

    Map<String, String> repoReasons = new LinkedHashMap<>();
    for (Candidacy<RankedRepo> c : ranking.repoCandidates()) {
      repoReasons.put(c.entry().repo().fullName(), c.explanation().excludedBecause().orElse(null));
    }
    assertThat(repoReasons)
        .containsEntry("good/one", null)
        .containsEntry("fork/one", "fork")
        .containsEntry("old/one", "archived")
        .containsEntry("late/one", "outside-month")
        .containsEntry("empty/one", "junk")
        .containsEntry("dropped/one", "dropped")
        .containsEntry("featured/one", "featured:2018-10")
        .hasSize(7);
    Map<String, String> threadReasons = new LinkedHashMap<>();
    for (Candidacy<RankedThread> c : ranking.threadCandidates()) {
      threadReasons.put(c.entry().thread().id(), c.explanation().excludedBecause().orElse(null));
    }
    assertThat(threadReasons)
        .containsEntry("aaa111", null)
        .containsEntry("bbb222", "stickied")
        .containsEntry("ccc333", "nsfw")
        .containsEntry("ddd444", "removed")
        .containsEntry("eee555", "deleted");
  }

  @Test
  void aShortlistWithoutRoomIsNoExclusionAndTheShortlistIsTheCandidatesOnIt() {
    List<Repo> repos =
        List.of(
            RepoBuilder.repo("a/one").stars(50).build(),
            RepoBuilder.repo("b/two").stars(40).build());
    Ranking ranking = ranker.rank(RankRequest.of(NOVEMBER, repos, List.of(), 1, 1, AT));

    Candidacy<RankedRepo> second = ranking.repoCandidates().get(1);
    assertThat(second.explanation().onShortlist()).isFalse();
    assertThat(second.explanation().eligible()).isTrue();
    assertThat(second.entry().rank()).isZero();
    assertThat(ranking.shortlist().repos())
        .extracting(r -> r.repo().fullName())
        .containsExactly("a/one");
  }
}
