package dev.curate.rank;

import static dev.curate.rank.Candidates.MID_NOVEMBER;
import static dev.curate.rank.Candidates.repo;
import static dev.curate.rank.Candidates.thread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.curate.config.AreaRule;
import dev.curate.config.DiversitySettings;
import dev.curate.config.JunkSettings;
import dev.curate.config.ThreadKindRule;
import dev.curate.config.ThreadKindSettings;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Ranker#rank(RankRequest)}: areas, diversity, the editor's overrides, series memory. */
class RankingTest {
  static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  static final Instant AT = Instant.parse("2018-12-02T09:30:00Z");
  static final RankRules RULES =
      new RankRules(
          List.of(
              area("nlp", "nlp"),
              area("reinforcement-learning", "reinforcement-learning"),
              area("speech-audio", "speech"),
              area("generative", "gan"),
              area("computer-vision", "computer-vision")),
          new ThreadKindSettings(
              List.of(
                  new ThreadKindRule("discussion", "Discussion", List.of("D"), List.of()),
                  new ThreadKindRule("research", "Research", List.of("R"), List.of())),
              Map.of("datascience", "discussion")),
          new DiversitySettings(1, 2),
          new JunkSettings(true, List.of("homework")));

  /**
   * The month's top four are NLP repositories, two of them by one owner: a balanced list takes the
   * best of each owner and at most two NLP ones, and fills up with other areas.
   */
  static final List<Repo> MONTH =
      List.of(
          repo("hanxiao/bert-as-service", 5000, "BERT as a service", List.of("nlp")),
          repo("hanxiao/other-nlp", 4000, "More NLP", List.of("nlp")),
          repo("google/bert-thing", 3500, "BERT again", List.of("nlp")),
          repo("big/nlp-three", 3000, "Yet more NLP", List.of("nlp")),
          repo("openai/spinningup", 2000, "Deep RL education", List.of("reinforcement-learning")),
          repo("NVIDIA/waveglow", 1500, "Speech synthesis", List.of("speech")),
          repo("CSAILVision/gandissect", 1000, "GAN neurons", List.of("gan")),
          repo("small/vision", 500, "Pixels", List.of("computer-vision")));

  private final Ranker ranker = new Ranker(ScoringTest.DEFAULTS, RULES);

  private static AreaRule area(String slug, String topic) {
    return new AreaRule(slug, slug, List.of(topic), List.of());
  }

  private static RankRequest november(List<Repo> repos, List<RedditThread> threads, int size) {
    return RankRequest.of(NOVEMBER, repos, threads, size, size, AT);
  }

  static RankRequest novemberRequest(List<Repo> repos, List<RedditThread> threads, int size) {
    return november(repos, threads, size);
  }

  private static List<String> names(Ranking r) {
    return r.repos().stream().map(e -> e.repo().fullName()).toList();
  }

  private static Explanation explained(Ranking r, String id) {
    return Stream.concat(r.repoExplanations().stream(), r.threadExplanations().stream())
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> reasons(Ranking r, String id) {
    return explained(r, id).reasons().stream().map(PassOver::describe).toList();
  }

  @Test
  void aMonthDominatedByOneOwnerAndOneAreaStillGivesABalancedList() {
    Ranking r = ranker.rank(november(MONTH, List.of(), 5));

    assertThat(names(r))
        .containsExactly(
            "hanxiao/bert-as-service",
            "google/bert-thing",
            "openai/spinningup",
            "NVIDIA/waveglow",
            "CSAILVision/gandissect");
    assertThat(r.repos()).extracting(e -> e.rank()).containsExactly(1, 2, 3, 4, 5);
    assertThat(r.repos())
        .extracting(e -> e.area())
        .containsExactly("nlp", "nlp", "reinforcement-learning", "speech-audio", "generative");
  }

  @Test
  void everyHigherScoredCandidatePassedOverSaysWhy() {
    Ranking r = ranker.rank(november(MONTH, List.of(), 5));

    assertThat(reasons(r, "hanxiao/other-nlp"))
        .containsExactly("same owner as hanxiao/bert-as-service");
    assertThat(reasons(r, "big/nlp-three")).containsExactly("area nlp full (2)");
    assertThat(reasons(r, "small/vision")).containsExactly("shortlist full (5)");
    assertThat(explained(r, "hanxiao/other-nlp").reasons())
        .containsExactly(new PassOver.SameOwner("hanxiao", List.of("hanxiao/bert-as-service")));
    assertThat(explained(r, "big/nlp-three").outcome()).isEqualTo(Outcome.PASSED_OVER);
    assertThat(explained(r, "big/nlp-three").rank()).isEmpty();
    assertThat(explained(r, "google/bert-thing").outcome()).isEqualTo(Outcome.SELECTED);
    assertThat(explained(r, "google/bert-thing").rank()).hasValue(2);
    assertThat(r.repoExplanations())
        .extracting(Explanation::place)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void bothDiversityReasonsAreGivenWhenBothApply() {
    List<Repo> repos =
        List.of(
            repo("a/one", 900, "x", List.of("nlp")),
            repo("b/two", 800, "x", List.of("nlp")),
            repo("a/three", 700, "x", List.of("nlp")));
    Ranking r = ranker.rank(november(repos, List.of(), 5));
    assertThat(reasons(r, "a/three")).containsExactly("same owner as a/one", "area nlp full (2)");
  }

  @Test
  void ownersAreComparedIgnoringCase() {
    List<Repo> repos =
        List.of(
            repo("NVIDIA/waveglow", 900, "x", List.of("speech")),
            repo("nvidia/tacotron", 800, "x", List.of("gan")));
    assertThat(names(ranker.rank(november(repos, List.of(), 5))))
        .containsExactly("NVIDIA/waveglow");
  }

  @Test
  void noDiversityGivesTheRawTop() {
    Ranking r = ranker.rank(november(MONTH, List.of(), 5).withDiversity(false));

    assertThat(names(r))
        .containsExactly(
            "hanxiao/bert-as-service",
            "hanxiao/other-nlp",
            "google/bert-thing",
            "big/nlp-three",
            "openai/spinningup");
    assertThat(r.shortlist()).isEqualTo(ranker.rank(NOVEMBER, MONTH, List.of(), 5, 5, AT));
  }

  @Test
  void aPickEntersWhateverItsScoreAndCountsTowardsTheSize() {
    RankRequest request =
        november(MONTH, List.of(), 5)
            .withOverrides(new EditorOverrides(Set.of("small/vision"), Set.of(), Map.of()));
    Ranking r = ranker.rank(request);

    assertThat(names(r))
        .containsExactly(
            "hanxiao/bert-as-service",
            "google/bert-thing",
            "openai/spinningup",
            "NVIDIA/waveglow",
            "small/vision");
    assertThat(r.repos().get(4).picked()).isTrue();
    assertThat(r.repos().get(0).picked()).isFalse();
    assertThat(explained(r, "small/vision").outcome()).isEqualTo(Outcome.PICKED);
    assertThat(reasons(r, "CSAILVision/gandissect")).containsExactly("shortlist full (5)");
  }

  @Test
  void picksCountTowardsTheCapsAndAllPicksEnterEvenBeyondTheSize() {
    RankRequest request =
        november(MONTH, List.of(), 2)
            .withOverrides(
                new EditorOverrides(
                    Set.of("big/nlp-three", "hanxiao/other-nlp", "small/vision"),
                    Set.of(),
                    Map.of()));
    Ranking r = ranker.rank(request);

    assertThat(names(r)).containsExactly("hanxiao/other-nlp", "big/nlp-three", "small/vision");
    assertThat(reasons(r, "hanxiao/bert-as-service")).containsExactly("shortlist full (2)");

    Ranking roomier =
        ranker.rank(
            request
                .withOverrides(
                    new EditorOverrides(
                        Set.of("big/nlp-three", "hanxiao/other-nlp"), Set.of(), Map.of()))
                .withDiversity(true));
    assertThat(roomier.repos()).hasSize(2);
    Ranking five =
        ranker.rank(
            november(MONTH, List.of(), 5)
                .withOverrides(
                    new EditorOverrides(
                        Set.of("big/nlp-three", "hanxiao/other-nlp"), Set.of(), Map.of())));
    assertThat(reasons(five, "hanxiao/bert-as-service"))
        .containsExactly("same owner as hanxiao/other-nlp", "area nlp full (2)");
  }

  @Test
  void aPickOverridesAnExclusionAndTheExplanationSaysSo() {
    Repo fork = repo("someone/fork-of-bert", 1, 0, MID_NOVEMBER, true, false);
    List<Repo> repos = new ArrayList<>(MONTH);
    repos.add(fork);
    Ranking r =
        ranker.rank(
            november(repos, List.of(), 5)
                .withOverrides(
                    new EditorOverrides(Set.of("someone/fork-of-bert"), Set.of(), Map.of())));

    assertThat(names(r)).contains("someone/fork-of-bert").hasSize(5);
    assertThat(explained(r, "someone/fork-of-bert").outcome()).isEqualTo(Outcome.PICKED);
    assertThat(reasons(r, "someone/fork-of-bert")).containsExactly("excluded: fork");
  }

  @Test
  void aDroppedCandidateNeverEntersAndDoesNotChangeOtherScores() {
    EditorOverrides drop =
        new EditorOverrides(Set.of(), Set.of("hanxiao/bert-as-service"), Map.of());
    Ranking before = ranker.rank(november(MONTH, List.of(), 5));
    Ranking after = ranker.rank(november(MONTH, List.of(), 5).withOverrides(drop));
    Ranking raw =
        ranker.rank(november(MONTH, List.of(), 8).withOverrides(drop).withDiversity(false));

    assertThat(names(after))
        .doesNotContain("hanxiao/bert-as-service")
        .startsWith("hanxiao/other-nlp");
    assertThat(names(raw)).doesNotContain("hanxiao/bert-as-service").hasSize(7);
    assertThat(reasons(after, "hanxiao/bert-as-service")).containsExactly("dropped by the editor");
    assertThat(explained(after, "google/bert-thing").score())
        .isEqualTo(explained(before, "google/bert-thing").score());
  }

  @Test
  void candidatesFeaturedInAnEarlierMonthAreSkippedUnlessRepeatsAreAllowed() {
    RankRequest request =
        november(MONTH, List.of(thread("9ysmtn", 500, 900), thread("aaaaaa", 10, 10)), 5)
            .withFeatured(
                Map.of(
                    "openai/spinningup",
                    CalendarMonth.of(2018, 10),
                    "9ysmtn",
                    CalendarMonth.of(2018, 9)));

    Ranking r = ranker.rank(request);
    assertThat(names(r)).doesNotContain("openai/spinningup").contains("small/vision");
    assertThat(reasons(r, "openai/spinningup")).containsExactly("featured in 2018-10");
    assertThat(r.threads()).extracting(t -> t.thread().id()).containsExactly("aaaaaa");
    assertThat(reasons(r, "9ysmtn")).containsExactly("featured in 2018-09");

    Ranking repeats = ranker.rank(request.withAllowRepeats(true));
    assertThat(names(repeats)).contains("openai/spinningup");
    assertThat(repeats.threads())
        .extracting(t -> t.thread().id())
        .containsExactly("9ysmtn", "aaaaaa");
  }

  @Test
  void reRankingAPublishedMonthKeepsItsOwnItems() {
    Ranking r =
        ranker.rank(
            november(MONTH, List.of(), 5).withFeatured(Map.of("openai/spinningup", NOVEMBER)));
    assertThat(names(r)).contains("openai/spinningup");
  }

  @Test
  void junkIsSkippedAndDoesNotSetTheMonthsMaximum() {
    Repo empty = repo("viral/nothing", 90_000, null, List.of());
    Repo homework = repo("student/CS231n-Homework", 80_000, "Solutions", List.of());
    Repo readmeOnly = repo("quiet/readme-only", 100, null, List.of());
    List<Repo> repos =
        List.of(empty, homework, readmeOnly, repo("x/best", 1000, "The best", List.of()));

    Ranking r =
        ranker.rank(
            november(repos, List.of(), 5).withReadmes(Map.of(readmeOnly.id(), "# Readme only")));

    assertThat(names(r)).containsExactly("x/best", "quiet/readme-only");
    assertThat(r.repos().get(0).score()).isEqualTo(1.0);
    assertThat(reasons(r, "viral/nothing")).containsExactly("excluded: no description or README");
    assertThat(reasons(r, "student/CS231n-Homework"))
        .containsExactly("excluded: blocklisted ('homework')");
    assertThat(explained(r, "viral/nothing").score()).isEqualTo(1.0);
  }

  @Test
  void theReadmeExcerptClassifiesToo() {
    RankRules keywords =
        new RankRules(
            List.of(new AreaRule("speech-audio", "Speech", List.of(), List.of("speech"))),
            RULES.threadKinds(),
            RULES.diversity(),
            RULES.junk());
    Repo quiet = repo("x/quiet", 10, "A network", List.of());
    Ranking r =
        new Ranker(ScoringTest.DEFAULTS, keywords)
            .rank(
                november(List.of(quiet), List.of(), 5)
                    .withReadmes(Map.of(quiet.id(), "Fast speech synthesis.")));
    assertThat(r.repos().get(0).area()).isEqualTo("speech-audio");
    assertThat(explained(r, "x/quiet").classification().basis()).isEqualTo("README: speech");
  }

  @Test
  void threadsGetAKindAndHaveNoCaps() {
    List<RedditThread> threads =
        List.of(
            thread("d1", "MachineLearning", "[D] One", null, 90),
                thread("d2", "MachineLearning", "[D] Two", null, 80),
            thread("d3", "MachineLearning", "[D] Three", null, 70),
                thread("r1", "MachineLearning", "[R] Four", null, 60),
            thread("ds", "datascience", "Landed my first job", null, 50),
                thread("o1", "MachineLearning", "Six", null, 40));

    Ranking r = ranker.rank(november(List.of(), threads, 5));

    assertThat(r.threads())
        .extracting(t -> t.thread().id())
        .containsExactly("d1", "d2", "d3", "r1", "ds");
    assertThat(r.threads())
        .extracting(t -> t.kind())
        .containsExactly("discussion", "discussion", "discussion", "research", "discussion");
    assertThat(reasons(r, "o1")).containsExactly("shortlist full (5)");
    assertThat(explained(r, "o1").classification().category()).isEqualTo(Category.OTHER);
  }

  @Test
  void notesTravelWithTheirEntriesAndUnknownIdsAreReported() {
    EditorOverrides editor =
        new EditorOverrides(
            Set.of("T3_D1", "nobody/here"),
            Set.of("gone/too"),
            Map.of(
                "HANXIAO/bert-as-service", "Serve BERT from one line", "zzzzzz", "No such thread"));
    Ranking r =
        ranker.rank(
            november(MONTH, List.of(thread("d1", 5, 5), thread("d2", 500, 500)), 1)
                .withOverrides(editor));

    assertThat(r.repos().get(0).note()).contains("Serve BERT from one line");
    assertThat(r.threads()).extracting(t -> t.thread().id()).containsExactly("d1");
    assertThat(r.threads().get(0).picked()).isTrue();
    assertThat(r.threads().get(0).note()).isNull();
    assertThat(r.unmatchedOverrides()).containsExactly("gone/too", "nobody/here", "zzzzzz");
  }

  @Test
  void capsBelowOneAreRefusedWhenTheRankerIsBuilt() {
    RankRules none =
        new RankRules(
            RULES.areas(), RULES.threadKinds(), new DiversitySettings(1, 0), RULES.junk());
    assertThatThrownBy(() -> new Ranker(ScoringTest.DEFAULTS, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("diversity caps must be 1 or more");
  }

  @Test
  void flagsAreEmptyUntilThereIsAStarHistory() {
    Ranking r = ranker.rank(november(MONTH, List.of(thread("d1", 5, 5)), 5));
    assertThat(r.repos()).allSatisfy(e -> assertThat(e.flags()).isEmpty());
    assertThat(r.threads()).allSatisfy(e -> assertThat(e.flags()).isEmpty());
  }

  @Test
  void explanationsCarryEachSignalsPart() {
    // The worked example of docs/scoring.md: x/a has 100 stars, 10 forks; x/b 10 stars, 100 forks.
    Ranking r =
        ranker.rank(
            november(
                    List.of(Candidates.repo("x/a", 100, 10), Candidates.repo("x/b", 10, 100)),
                    List.of(),
                    5)
                .withDiversity(false));

    Explanation a = explained(r, "x/a");
    assertThat(a.score()).isCloseTo(0.9039147413, within(1e-9));
    assertThat(a.components()).extracting(ScoreComponent::signal).containsExactly("stars", "forks");
    assertThat(a.components().get(0)).isEqualTo(new ScoreComponent("stars", 100, 100, 1.0, 0.8));
    assertThat(a.components().get(1).value()).isEqualTo(10);
    assertThat(a.components().get(1).monthMax()).isEqualTo(100);
    assertThat(a.components().get(1).normalised()).isCloseTo(0.5195737065, within(1e-9));
    assertThat(a.components().get(1).weight()).isEqualTo(0.2);
  }

  @Test
  void theSameRequestInAnyInputOrderGivesTheSameRanking() {
    Random random = new Random(20181130);
    List<Repo> repos = new ArrayList<>();
    String[] topics = {
      "nlp", "reinforcement-learning", "speech", "gan", "computer-vision", "other"
    };
    for (int i = 0; i < 60; i++) {
      repos.add(
          repo(
              "owner" + random.nextInt(15) + "/repo" + i,
              random.nextInt(3000),
              "d",
              List.of(topics[random.nextInt(topics.length)])));
    }
    List<RedditThread> threads = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      threads.add(thread("t" + i, random.nextInt(200), random.nextInt(900)));
    }
    RankRequest request =
        november(repos, threads, 7)
            .withOverrides(
                new EditorOverrides(
                    Set.of(repos.get(9).fullName()), Set.of(repos.get(2).fullName()), Map.of()));
    Ranking first = ranker.rank(request);

    List<Repo> shuffledRepos = new ArrayList<>(repos);
    List<RedditThread> shuffledThreads = new ArrayList<>(threads);
    Collections.shuffle(shuffledRepos, random);
    Collections.shuffle(shuffledThreads, random);
    Ranking again =
        ranker.rank(
            new RankRequest(
                NOVEMBER,
                shuffledRepos,
                shuffledThreads,
                7,
                7,
                true,
                false,
                request.overrides(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                AT));

    assertThat(again).isEqualTo(first);
    assertBalanced(first, repos.get(9).fullName());
  }

  /** What diversity promises, whatever the month: checked on a large random one. */
  private static void assertBalanced(Ranking r, String pick) {
    assertThat(r.repos()).hasSize(7);
    List<String> owners =
        r.repos().stream().filter(e -> !e.picked()).map(e -> e.repo().owner()).toList();
    assertThat(owners).doesNotHaveDuplicates();
    Map<String, Long> perArea =
        r.repos().stream().collect(Collectors.groupingBy(e -> e.area(), Collectors.counting()));
    assertThat(perArea.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    assertThat(r.repoExplanations())
        .filteredOn(e -> e.outcome() == Outcome.PASSED_OVER)
        .allSatisfy(e -> assertThat(e.reasons()).isNotEmpty());
    assertThat(r.repoExplanations())
        .filteredOn(e -> e.outcome() == Outcome.SELECTED)
        .allSatisfy(e -> assertThat(e.reasons()).isEmpty());
    assertThat(explained(r, pick).outcome()).isEqualTo(Outcome.PICKED);
    assertThat(r.unmatchedOverrides()).isEmpty();
    // The month is big enough to exercise every reason, or the checks above would prove little.
    assertThat(r.repoExplanations())
        .flatExtracting(Explanation::reasons)
        .extracting(PassOver::code)
        .contains("same-owner", "area-full", "dropped", "shortlist-full");
  }
}
