package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.ConfigLoader;
import dev.curate.config.CurateConfig;
import dev.curate.github.Lookups;
import dev.curate.model.CalendarMonth;
import dev.curate.model.HttpActivity;
import dev.curate.model.MonthStargazers;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import dev.curate.model.SourceResult;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.rank.Explanation;
import dev.curate.rank.RankRules;
import dev.curate.rank.Ranker;
import dev.curate.rank.Ranking;
import dev.curate.store.Store;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a star-burst flag rests on reaches the ranking from the store, and the watchers GitHub has
 * are asked for at rank time only for the repositories whose stars burst, once each.
 */
class RankServiceBurstTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant NOW = Instant.parse("2018-12-03T08:00:00Z");
  private static final String BOUGHT = "starseller/llm-toolkit";

  @TempDir Path workspace;

  private final CurateConfig config = new ConfigLoader().load(Optional.empty(), Map.of());
  private final List<List<String>> asked = new ArrayList<>();
  private final List<String> said = new ArrayList<>();

  /** 4,200 stars, 3,880 of them on the 12th and 13th, then ten a day; never pushed again. */
  private static final Repo BOUGHT_REPO =
      RepoBuilder.repo(BOUGHT)
          .id(9001L)
          .description("A deep learning toolkit")
          .stars(4200)
          .forks(6)
          .createdAt("2018-11-09T10:00:00Z")
          .pushedAt(Instant.parse("2018-11-09T10:05:00Z"))
          .build();

  private static StarGain boughtMonth() {
    List<Integer> daily = new ArrayList<>(Collections.nCopies(30, 0));
    daily.set(8, 40);
    daily.set(9, 60);
    daily.set(10, 80);
    daily.set(11, 2100);
    daily.set(12, 1780);
    for (int day = 13; day < 27; day++) {
      daily.set(day, 10);
    }
    return StarGain.measured(4200, StarGainMethod.HISTORY, daily, NOW);
  }

  @BeforeEach
  void fetched() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          new SourceResult<>(List.of(BOUGHT_REPO), SourceReports.github(1, 1, 1, List.of())),
          Map.of(BOUGHT_REPO.id(), boughtMonth()),
          NOW);
    }
  }

  private Ranking rank(Store store, WatcherSource source) {
    return new RankService(
            store,
            new Ranker(config.scoring(), RankRules.from(config)),
            config.shortlist(),
            Clock.fixed(NOW, ZoneOffset.UTC))
        .withWatchers(source, said::add, said::add)
        .rank(
            new RankService.Options(
                Optional.of(NOVEMBER), OptionalInt.empty(), OptionalInt.empty(), true, false));
  }

  /** GitHub's answer: the repository with its watchers. */
  private WatcherSource gitHub(int watchers) {
    return (names, limit) -> {
      asked.add(names);
      return new Lookups(
          List.of(new Lookups.Found(BOUGHT_REPO.withWatchers(watchers), names)),
          names.size(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          Optional.empty(),
          1,
          HttpActivity.NONE,
          RequestCount.NONE);
    };
  }

  private static String flag(Ranking ranking) {
    return ranking.repoExplanations().stream()
        .filter(e -> e.id().equals(BOUGHT))
        .map(Explanation::flags)
        .findFirst()
        .orElseThrow()
        .get(0);
  }

  @Test
  void theWatchersOfABurstAreAskedOnceAndKept() {
    try (Store store = Store.open(workspace)) {
      Ranking first = rank(store, gitHub(3));

      assertThat(asked).containsExactly(List.of(BOUGHT));
      assertThat(said)
          .containsExactly(
              "github: asking for the watchers of a repository whose stars burst: " + BOUGHT);
      assertThat(flag(first)).contains("; 3 watchers for 4,200 stars (0.07 per 100 stars)");
      assertThat(store.repos(NOVEMBER).get(0).watchers()).isEqualTo(3);

      Ranking again = rank(store, gitHub(3));

      assertThat(asked).as("asked once").hasSize(1);
      assertThat(flag(again)).isEqualTo(flag(first));
    }
  }

  @Test
  void watchersInProportionClearWhatTheBurstAloneWouldNot() {
    try (Store store = Store.open(workspace)) {
      // The cliff and the pushes accuse; 120 watchers and the stargazers who star around clear.
      store.saveRepos(
          NOVEMBER,
          new SourceResult<>(List.of(BOUGHT_REPO), SourceReports.github(1, 1, 1, List.of())),
          Map.of(),
          Map.of(),
          Map.of(BOUGHT_REPO.id(), new MonthStargazers(3900, 1200)),
          NOW);

      Ranking ranking = rank(store, gitHub(120));

      assertThat(ranking.repoExplanations()).allSatisfy(e -> assertThat(e.flags()).isEmpty());
      assertThat(ranking.repos()).extracting(r -> r.repo().fullName()).containsExactly(BOUGHT);
    }
  }

  @Test
  void theStoredStargazersReachTheFlag() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          new SourceResult<>(List.of(BOUGHT_REPO), SourceReports.github(1, 1, 1, List.of())),
          Map.of(),
          Map.of(),
          Map.of(BOUGHT_REPO.id(), new MonthStargazers(3900, 3700)),
          NOW);

      assertThat(flag(rank(store, gitHub(3))))
          .endsWith("; 95% of its 3,900 stargazers of 2018-11 starred nothing else that month");
    }
  }

  @Test
  void aLookUpThatFailsIsAWarningAndTheFlagRestsOnTheRest() {
    WatcherSource down =
        (names, limit) ->
            new Lookups(
                List.of(),
                names.size(),
                List.of(),
                List.of(),
                names,
                List.of(),
                List.of(
                    "skipped 1 repository whose look-up failed: "
                        + BOUGHT
                        + " (cannot connect to api.github.com)"),
                Optional.empty(),
                1,
                HttpActivity.NONE,
                RequestCount.NONE);
    try (Store store = Store.open(workspace)) {
      Ranking ranking = rank(store, down);

      assertThat(said)
          .contains(
              "warning: github: skipped 1 repository whose look-up failed: "
                  + BOUGHT
                  + " (cannot connect to api.github.com); their watchers stay unknown, so a star"
                  + " burst rests on the rest");
      assertThat(flag(ranking))
          .startsWith("star-burst: 4,200 stars, 6 forks, 92% of the month's stars in 2 days;")
          .doesNotContain("watchers");
      assertThat(ranking.repos()).as("passed over").isEmpty();
      assertThat(store.repos(NOVEMBER).get(0).watchers()).isNull();
    }
  }

  @Test
  void nothingIsAskedWhenNoStarsBurst() {
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          new SourceResult<>(
              List.of(BOUGHT_REPO.withWatchers(null)), SourceReports.github(1, 1, 1, List.of())),
          Map.of(BOUGHT_REPO.id(), steadyMonth()),
          NOW);

      rank(store, gitHub(3));

      assertThat(asked).isEmpty();
      assertThat(said).isEmpty();
    }
  }

  private static StarGain steadyMonth() {
    return StarGain.measured(
        4200, StarGainMethod.HISTORY, new ArrayList<>(Collections.nCopies(30, 140)), NOW);
  }
}
