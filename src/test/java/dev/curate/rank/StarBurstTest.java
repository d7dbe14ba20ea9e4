package dev.curate.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.StarBurstSettings;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.testing.RepoBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarBurstTest {
  private final StarBurst burst = new StarBurst(new StarBurstSettings(2, 0.8, 0.02, 200));

  @Test
  void mostStarsOnTwoDaysWithFewForksOrIssuesIsFlagged() {
    assertThat(burst.describe(repo(3000, 10, 5), gain(1500, 1300, 200)))
        .contains("star-burst: 93% of the month's 3,000 stars on 2 days, 15 forks and issues");
  }

  @Test
  void steadyStarsAreNotFlagged() {
    List<Integer> steady = new ArrayList<>(Collections.nCopies(30, 100));
    assertThat(
            burst.describe(
                repo(3000, 10, 5), new StarGain(3000, StarGainMethod.HISTORY, steady, null)))
        .isEmpty();
  }

  @Test
  void aBurstWithForksAndIssuesToShowForItIsNotFlagged() {
    assertThat(burst.describe(repo(3000, 400, 50), gain(1500, 1300, 200))).isEmpty();
  }

  @Test
  void aQuietRepositorysGoodDayIsNotFlagged() {
    assertThat(burst.describe(repo(150, 0, 0), gain(100, 40, 10))).isEmpty();
  }

  @Test
  void unknownDailyStarsFlagNothing() {
    assertThat(burst.describe(repo(3000, 0, 0), StarGain.UNKNOWN)).isEmpty();
  }

  @Test
  void theRankerPutsTheFlagOnTheEntryAndTheExplanation() {
    Repo r = repo(3000, 10, 5);
    RankRequest request =
        RankRequest.of(
                dev.curate.model.CalendarMonth.of(2018, 11),
                List.of(r),
                List.of(),
                5,
                5,
                Instant.parse("2018-12-01T00:00:00Z"))
            .withStarGains(java.util.Map.of(r.id(), gain(1500, 1300, 200)));

    Ranking ranking = new Ranker(ScoringTest.DEFAULTS).rank(request);

    assertThat(ranking.repos().get(0).flags()).containsExactly("star-burst");
    assertThat(ranking.repoExplanations().get(0).flags())
        .singleElement()
        .asString()
        .startsWith("star-burst: 93%");
    assertThat(new ExplanationFormatter().format(ranking)).contains("flagged star-burst: 93%");
  }

  private static StarGain gain(int... busiestThenRest) {
    List<Integer> daily = new ArrayList<>(Collections.nCopies(30, 0));
    for (int i = 0; i < busiestThenRest.length; i++) {
      daily.set(i * 3, busiestThenRest[i]);
    }
    int total = daily.stream().mapToInt(Integer::intValue).sum();
    return StarGain.measured(total, StarGainMethod.HISTORY, daily, null);
  }

  private static Repo repo(int stars, int forks, int issues) {
    return RepoBuilder.repo("buyer/stars")
        .id(42L)
        .description("A reinforcement learning toolkit")
        .stars(stars)
        .forks(forks)
        .openIssues(issues)
        .createdAt("2018-11-02T00:00:00Z")
        .pushedAt(Instant.parse("2018-11-20T00:00:00Z"))
        .fetchedAt(null)
        .build();
  }
}
