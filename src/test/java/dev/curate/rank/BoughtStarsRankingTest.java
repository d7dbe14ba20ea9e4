package dev.curate.rank;

import static dev.curate.rank.BurstShapes.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.DiversitySettings;
import dev.curate.config.JunkSettings;
import dev.curate.config.ScoringSettings;
import dev.curate.config.ScoringSettings.RepoWeights;
import dev.curate.config.ScoringSettings.ThreadWeights;
import dev.curate.config.StarBurstSettings;
import dev.curate.config.ThreadKindSettings;
import dev.curate.model.RankedRepo;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.testing.RepoBuilder;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A month with a bought-star repository among real ones: the flagged one is passed over by default
 * and stays a candidate, the next one takes its place, and a pick brings it in.
 */
class BoughtStarsRankingTest {
  private static final Instant AT = Instant.parse("2018-12-02T09:30:00Z");
  private static final String BOUGHT = "starseller/llm-toolkit";

  private final Ranker ranker = ranker(StarBurstSettings.DEFAULT);

  private static Ranker ranker(StarBurstSettings burst) {
    return new Ranker(
        new ScoringSettings(new RepoWeights(0.3, 0.1, 0.6), new ThreadWeights(0.6, 0.4)),
        new RankRules(
            List.of(),
            new ThreadKindSettings(List.of(), Map.of()),
            new DiversitySettings(1, 10),
            new JunkSettings(false, List.of()),
            burst));
  }

  /** The bought one scores third of six (weights as shipped); the list keeps three. */
  private static RankRequest month() {
    return month(3);
  }

  private static RankRequest month(int size) {
    Map<Long, StarGain> gains = new HashMap<>();
    gains.put(BurstShapes.bought().id(), BurstShapes.boughtMonth());
    gains.put(BurstShapes.viral().id(), BurstShapes.viralMonth());
    gains.put(BurstShapes.newsLaunch().id(), BurstShapes.newsLaunchMonth());
    List<Repo> repos =
        List.of(
            BurstShapes.bought(),
            BurstShapes.viral(),
            BurstShapes.newsLaunch(),
            steady("graphs/gnn", 9004L, 5200, 700),
            steady("speech/tts", 9005L, 900, 120),
            steady("small/tool", 9006L, 300, 20));
    gains.put(9004L, BurstShapes.month(steadyDays(5200)));
    gains.put(9005L, BurstShapes.month(steadyDays(900)));
    gains.put(9006L, BurstShapes.month(steadyDays(300)));
    return RankRequest.of(NOVEMBER, repos, List.of(), size, 0, AT).withStarGains(gains);
  }

  private static Repo steady(String name, long id, int stars, int forks) {
    return RepoBuilder.repo(name).id(id).stars(stars).forks(forks).openIssues(forks / 10).build();
  }

  private static int[] steadyDays(int stars) {
    int[] daily = new int[30];
    for (int i = 0; i < 30; i++) {
      daily[i] = stars / 30 + (i < stars % 30 ? 1 : 0);
    }
    return daily;
  }

  private static List<String> names(Ranking ranking) {
    return ranking.repos().stream().map(r -> r.repo().fullName()).toList();
  }

  private static Explanation explanation(Ranking ranking, String id) {
    return ranking.repoExplanations().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theFlaggedRepositoryIsPassedOverAndTheNextOneTakesItsPlace() {
    StarBurstSettings d = StarBurstSettings.DEFAULT;
    StarBurstSettings flagOnly =
        new StarBurstSettings(
            d.days(),
            d.share(),
            d.maxForksAndIssuesPerStar(),
            d.minStars(),
            false,
            d.cliff(),
            d.watchers(),
            d.pushes(),
            d.loneStargazers());
    Ranking plain = ranker(flagOnly).rank(month());
    assertThat(names(plain)).as("only flagged").contains(BOUGHT).hasSize(3);

    Ranking ranking = ranker.rank(month());

    assertThat(names(ranking))
        .containsExactly("visionlab/detector", "graphs/gnn", "readinglist/awesome-ml-papers");
    Explanation bought = explanation(ranking, BOUGHT);
    assertThat(bought.outcome()).isEqualTo(Outcome.PASSED_OVER);
    assertThat(bought.eligible()).isTrue();
    assertThat(bought.flags())
        .singleElement()
        .asString()
        .startsWith("star-burst: 4,200 stars, 6 forks, 92% of the month's stars in 2 days; ");
    assertThat(bought.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo("flagged");
              assertThat(r.describe()).isEqualTo(bought.flags().get(0));
            });
  }

  @Test
  void theExplanationSaysWhyOnceAsTheReasonItWasPassedOver() {
    String text = new ExplanationFormatter().format(ranker.rank(month()));

    assertThat(text)
        .contains(
            "  -  " + BOUGHT,
            "passed over: star-burst: 4,200 stars, 6 forks, 92% of the month's stars in 2 days;")
        .doesNotContain("flagged star-burst");
  }

  @Test
  void noOrganicRepositoryOfTheMonthIsFlagged() {
    Ranking ranking = ranker.rank(month(6));

    assertThat(ranking.repoExplanations())
        .filteredOn(e -> !e.flags().isEmpty())
        .extracting(Explanation::id)
        .containsExactly(BOUGHT);
  }

  @Test
  void aPickBringsItInWithItsFlagForTheDraft() {
    Ranking ranking =
        ranker.rank(month().withOverrides(new EditorOverrides(Set.of(BOUGHT), Set.of(), Map.of())));

    assertThat(names(ranking)).hasSize(3).contains(BOUGHT);
    RankedRepo entry =
        ranking.repos().stream()
            .filter(r -> r.repo().fullName().equals(BOUGHT))
            .findFirst()
            .orElseThrow();
    assertThat(entry.picked()).isTrue();
    assertThat(entry.flagCodes()).containsExactly("star-burst");
    assertThat(entry.flags())
        .singleElement()
        .asString()
        .startsWith("star-burst: 4,200 stars, 6 forks");
    assertThat(new ExplanationFormatter().format(ranking))
        .contains("picked by the editor, overriding: star-burst: 4,200 stars");
  }

  @Test
  void watchersAreWantedForBurstsWhoseWatchersAreUnknownMostStarsFirst() {
    Repo other =
        RepoBuilder.from(BurstShapes.bought()).fullName("sellers/second").id(9007L).build();
    Map<Long, StarGain> gains = new HashMap<>(month().starGains());
    gains.put(9007L, BurstShapes.month(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 900, 800, 0, 0, 10));
    RankRequest request =
        RankRequest.of(
                NOVEMBER,
                List.of(
                    BurstShapes.bought(),
                    other,
                    RepoBuilder.from(BurstShapes.newsLaunch()).watchers(null).build(),
                    BurstShapes.viral()),
                List.of(),
                3,
                0,
                AT)
            .withStarGains(gains);

    assertThat(ranker.watchersWanted(request))
        .extracting(Repo::fullName)
        .containsExactly(BOUGHT, "readinglist/awesome-ml-papers", "sellers/second");
  }
}
