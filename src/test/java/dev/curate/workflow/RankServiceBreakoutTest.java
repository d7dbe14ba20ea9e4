package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.ConfigLoader;
import dev.curate.config.CurateConfig;
import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthlyStars;
import dev.curate.model.RankedRepo;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.rank.RankRules;
import dev.curate.rank.Ranker;
import dev.curate.store.Store;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fetch kept of the month's star events reaches the ranking: the wiring of an events source
 * only has to save its counts with the repositories.
 */
class RankServiceBreakoutTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant NOW = Instant.parse("2018-12-03T08:00:00Z");

  @TempDir Path workspace;

  @Test
  void theStoredStarEventsGiveEachRepositoryItsBreakoutAndUnknownStaysNull() {
    Repo counted =
        RepoBuilder.repo("aerial-lab/graph-detector")
            .id(1)
            .createdAt("2017-05-02T08:00:00Z")
            .stars(5000)
            .description("Object detection in aerial images with graph neural networks")
            .build();
    Repo uncounted = RepoBuilder.repo("x/new").id(2).stars(300).description("Image search").build();
    CurateConfig config = new ConfigLoader().load(Optional.empty(), Map.of());
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          new SourceResult<>(List.of(counted, uncounted), SourceReports.github(2, 2, 2, List.of())),
          Map.of(1L, StarGain.measured(2000, StarGainMethod.EVENTS, List.of(), NOW)),
          Map.of(1L, new MonthlyStars(2000, 50, 50, 50)),
          NOW);

      List<RankedRepo> repos =
          new RankService(
                  store,
                  new Ranker(config.scoring(), RankRules.from(config)),
                  config.shortlist(),
                  Clock.fixed(NOW, ZoneOffset.UTC))
              .rank(
                  new RankService.Options(
                      Optional.of(NOVEMBER), OptionalInt.empty(), OptionalInt.empty(), true, false))
              .shortlist()
              .repos();

      assertThat(repos).extracting(r -> r.repo().fullName()).contains("aerial-lab/graph-detector");
      RankedRepo graph = repos.get(0);
      assertThat(graph.breakout()).isEqualTo(Math.log(2100.0 / 150));
      assertThat(graph.starGain().method()).isEqualTo(StarGainMethod.EVENTS);
      assertThat(repos)
          .filteredOn(r -> r.repo().fullName().equals("x/new"))
          .singleElement()
          .extracting(RankedRepo::breakout)
          .isNull();
    }
  }
}
