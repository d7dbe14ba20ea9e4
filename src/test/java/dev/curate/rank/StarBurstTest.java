package dev.curate.rank;

import static dev.curate.rank.BurstShapes.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.StarBurstSettings;
import dev.curate.model.MonthStargazers;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.testing.RepoBuilder;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The star-burst flag on bought and organic months ({@link BurstShapes}), both ways: a bought month
 * is flagged with what it rests on, and no organic one is, however fast it rose.
 */
class StarBurstTest {
  private final StarBurst burst = new StarBurst(StarBurstSettings.DEFAULT);

  private Optional<String> flag(Repo repo, StarGain gain) {
    return burst.describe(repo, gain, Optional.empty(), NOVEMBER);
  }

  private Optional<String> flag(Repo repo, StarGain gain, MonthStargazers stargazers) {
    return burst.describe(repo, gain, Optional.of(stargazers), NOVEMBER);
  }

  @Test
  void boughtStarsAreFlaggedWithTheFiguresTheyRestOn() {
    assertThat(flag(BurstShapes.bought(), BurstShapes.boughtMonth()))
        .contains(
            "star-burst: 4,200 stars, 6 forks, 92% of the month's stars in 2 days;"
                + " then a cliff: 70 stars in the 7 days after, 3% of its busiest day's 2,100;"
                + " created 2018-11-09, last push 2018-11-09: nothing pushed after its first day");
  }

  @Test
  void everySignalThatIsKnownIsGivenAccusingFirst() {
    Repo watched = RepoBuilder.from(BurstShapes.bought()).watchers(3).build();

    assertThat(flag(watched, BurstShapes.boughtMonth(), new MonthStargazers(3900, 3700)))
        .hasValueSatisfying(
            f ->
                assertThat(f)
                    .contains("; 3 watchers for 4,200 stars (0.07 per 100 stars)")
                    .endsWith(
                        "; 95% of its 3,900 stargazers of 2018-11 starred nothing else that month"));
  }

  @Test
  void aViralRepositoryWhoseForksAndIssuesGrewWithItsStarsIsNotFlagged() {
    assertThat(flag(BurstShapes.viral(), BurstShapes.viralMonth())).isEmpty();
  }

  @Test
  void forksAndIssuesInProportionClearARepositoryWhateverTheOtherSignalsSay() {
    // The viral month given a cliff, no watchers, no push after its creation and lone
    // stargazers: every other signal accuses, and the forks and issues still clear it.
    Repo viral =
        RepoBuilder.from(BurstShapes.viral())
            .watchers(1)
            .pushedAt(Instant.parse("2018-11-03T08:00:00Z"))
            .build();
    StarGain cliff = BurstShapes.month(0, 0, 0, 100, 3800, 3600, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    assertThat(flag(viral, cliff, new MonthStargazers(7000, 6900))).isEmpty();
  }

  @Test
  void aLaunchOnANewsSiteThatDecaysIsNotFlaggedThoughItBurstWithFewForks() {
    Repo launch = BurstShapes.newsLaunch();
    StarGain month = BurstShapes.newsLaunchMonth();

    assertThat(burst.burst(launch, month)).as("the burst alone").isPresent();
    assertThat(flag(launch, month)).isEmpty();
    assertThat(flag(launch, month, new MonthStargazers(2900, 900))).isEmpty();
  }

  @Test
  void aBurstWhoseOtherSignalsAccuseAndClearAsMuchIsNotFlagged() {
    // A steep spike (a cliff), but worked on after it: one against one.
    Repo pushedAfter =
        RepoBuilder.from(BurstShapes.bought())
            .pushedAt(Instant.parse("2019-03-01T00:00:00Z"))
            .build();

    assertThat(flag(pushedAfter, BurstShapes.boughtMonth())).isEmpty();
  }

  @Test
  void aBurstWithNothingElseToAccuseItIsNotFlagged() {
    // The burst on the month's last two days: no day after it, no push known.
    Repo unknown = RepoBuilder.from(BurstShapes.bought()).pushedAt(null).build();
    int[] daily = new int[30];
    daily[20] = 100;
    daily[28] = 2000;
    daily[29] = 2100;

    assertThat(flag(unknown, BurstShapes.month(daily))).isEmpty();
  }

  @Test
  void anOldRepositoryLeftAloneBeforeItsBurstIsAccusedByItsPushes() {
    Repo dormant =
        RepoBuilder.from(BurstShapes.bought())
            .createdAt("2016-03-01T00:00:00Z")
            .pushedAt(Instant.parse("2017-05-20T00:00:00Z"))
            .build();

    assertThat(flag(dormant, BurstShapes.boughtMonth()))
        .hasValueSatisfying(
            f ->
                assertThat(f)
                    .endsWith("; last push 2017-05-20, before the burst began on 2018-11-12"));
  }

  @Test
  void clearingSignalsAreNamedAfterTheAccusingOnes() {
    Repo watched = RepoBuilder.from(BurstShapes.bought()).watchers(120).build();

    assertThat(flag(watched, BurstShapes.boughtMonth(), new MonthStargazers(3900, 3700)))
        .hasValueSatisfying(
            f ->
                assertThat(f)
                    .endsWith("; against it: 120 watchers for 4,200 stars (2.86 per 100 stars)"));
  }

  @Test
  void manyWatchersOrStargazersWhoStarAroundClearABurst() {
    Repo watched = RepoBuilder.from(BurstShapes.bought()).watchers(120).build();

    assertThat(flag(watched, BurstShapes.boughtMonth(), new MonthStargazers(3900, 1100))).isEmpty();
  }

  @Test
  void tooFewStargazersCountedSayNothing() {
    Repo watched = RepoBuilder.from(BurstShapes.bought()).watchers(120).build();

    // 99 stargazers, all lone, are too few to say anything: the flag rests on the cliff and the
    // pushes, against the watchers.
    assertThat(flag(watched, BurstShapes.boughtMonth(), new MonthStargazers(99, 99)))
        .hasValueSatisfying(f -> assertThat(f).doesNotContain("stargazers"));
  }

  @Test
  void aQuietRepositorysGoodDayIsNotFlagged() {
    Repo quiet = RepoBuilder.from(BurstShapes.bought()).stars(150).build();

    assertThat(flag(quiet, BurstShapes.month(0, 0, 100, 40, 0, 0, 0, 0, 0, 10))).isEmpty();
  }

  @Test
  void unknownDailyStarsFlagNothing() {
    assertThat(flag(BurstShapes.bought(), StarGain.UNKNOWN)).isEmpty();
  }

  @Test
  void onlyABurstWhoseWatchersAreUnknownWantsThem() {
    assertThat(burst.wantsWatchers(BurstShapes.bought(), BurstShapes.boughtMonth())).isTrue();
    assertThat(
            burst.wantsWatchers(
                RepoBuilder.from(BurstShapes.bought()).watchers(3).build(),
                BurstShapes.boughtMonth()))
        .isFalse();
    assertThat(
            burst.wantsWatchers(
                RepoBuilder.from(BurstShapes.viral()).watchers(null).build(),
                BurstShapes.viralMonth()))
        .as("forks and issues answer the burst")
        .isFalse();
  }
}
