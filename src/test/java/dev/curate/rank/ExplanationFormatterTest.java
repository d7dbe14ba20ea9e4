package dev.curate.rank;

import static dev.curate.rank.Candidates.MID_NOVEMBER;
import static dev.curate.rank.Candidates.repo;
import static dev.curate.rank.Candidates.thread;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.Repo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExplanationFormatterTest {
  private final Ranker ranker = new Ranker(ScoringTest.DEFAULTS, RankingTest.RULES);
  private final ExplanationFormatter formatter = new ExplanationFormatter();

  @Test
  void showsComponentsAndWhyEachHigherScoredCandidateWasPassedOver() {
    List<Repo> repos =
        List.of(
            repo("a/first", 100, "x", List.of("nlp")),
            repo("a/second", 50, "x", List.of("nlp")),
            repo("b/third", 10, "x", List.of("gan")),
            repo("c/fourth", 5, "x", List.of("gan")),
            repo("d/fifth", 0, "x", List.of("gan")));
    Ranking r =
        ranker.rank(
            RankingTest.novemberRequest(
                repos, List.of(thread("abc", "datascience", "Job", null, 3)), 2));

    assertThat(formatter.format(r))
        .isEqualTo(
            """
        Repositories: 2 on the list, 5 candidates
            1. a/first  1.0000  nlp (topics: nlp)
                 stars 100 (month's max 100) -> 1.0000 x 0.8
                 forks 10 (month's max 10) -> 1.0000 x 0.2
            -  a/second  0.8310  nlp (topics: nlp)
                 stars 50 (month's max 100) -> 0.8519 x 0.8
                 forks 5 (month's max 10) -> 0.7472 x 0.2
                 passed over: same owner as a/first
            2. b/third  0.4735  generative (topics: gan)
                 stars 10 (month's max 100) -> 0.5196 x 0.8
                 forks 1 (month's max 10) -> 0.2891 x 0.2
           (2 more ranked lower, not shown)
        Threads: 1 on the list, 1 candidate
            1. abc  1.0000  discussion (default of r/datascience)
                 comments 3 (month's max 3) -> 1.0000 x 0.6
                 upvotes 6 (month's max 6) -> 1.0000 x 0.4
        """);
  }

  @Test
  void aLineTheCommandLineDrewGoesUnderItsCandidatesFirstLine() {
    List<Repo> repos =
        List.of(
            repo("a/first", 100, "x", List.of("nlp")), repo("b/second", 50, "x", List.of("gan")));
    Ranking r = ranker.rank(RankingTest.novemberRequest(repos, List.of(), 2));

    assertThat(formatter.format(r, Map.of("b/second", "stars per day ▁▂█")))
        .contains(
            "    2. b/second  0.8310  generative (topics: gan)\n"
                + "         stars per day ▁▂█\n"
                + "         stars 50 ")
        .containsOnlyOnce("stars per day");
  }

  @Test
  void picksShowWhatTheyOverrodeAndUnknownIdsAreListed() {
    Repo fork = repo("x/fork", 1, 0, MID_NOVEMBER, true, false);
    Ranking r =
        ranker.rank(
            RankingTest.novemberRequest(
                    List.of(repo("a/first", 100, "x", List.of("nlp")), fork), List.of(), 1)
                .withOverrides(
                    new EditorOverrides(Set.of("x/fork", "nobody/here"), Set.of(), Map.of())));

    // The fork scores against the eligible maxima: 0.8 * ln(2)/ln(101) = 0.1202.
    assertThat(formatter.format(r))
        .isEqualTo(
            """
        Repositories: 1 on the list, 2 candidates
            -  a/first  1.0000  nlp (topics: nlp)
                 stars 100 (month's max 100) -> 1.0000 x 0.8
                 forks 10 (month's max 10) -> 1.0000 x 0.2
                 passed over: shortlist full (1)
            1. x/fork  0.1202  other (no topic or keyword of any area)
                 stars 1 (month's max 100) -> 0.1502 x 0.8
                 forks 0 (month's max 10) -> 0.0000 x 0.2
                 picked by the editor, overriding: excluded: fork
        Threads: 0 on the list, 0 candidates
        Editor's overrides for IDs that are no candidate this month: nobody/here
        """);
  }
}
