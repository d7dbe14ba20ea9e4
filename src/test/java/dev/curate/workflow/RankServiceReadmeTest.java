package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.ConfigLoader;
import dev.curate.config.CurateConfig;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.Readme;
import dev.curate.model.ReadmeFormat;
import dev.curate.model.Repo;
import dev.curate.model.SourceResult;
import dev.curate.rank.RankRules;
import dev.curate.rank.Ranker;
import dev.curate.store.Store;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Ranking classifies a repository by its README's prose, not by the README's markup and URLs. */
class RankServiceReadmeTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant NOW = Instant.parse("2018-12-03T08:00:00Z");

  /** Name and description say nothing of an area, no topics: the README decides. */
  private static final Repo PRAW =
      RepoBuilder.repo("praw-dev/praw")
          .id(1L)
          .description(null)
          .stars(3000)
          .forks(400)
          .openIssues(10)
          .license("BSD-2-Clause")
          .createdAt("2018-11-05T00:00:00Z")
          .pushedAt(NOW)
          .fetchedAt(NOW)
          .build();

  @TempDir Path workspace;

  private static String fixture() {
    // The shape of praw-dev/praw's README.rst: `.. image::` badges ("image") and a Slack invite
    // whose URL holds zt-3d5... ("3d"); read whole, they filed PRAW under computer vision.
    try (InputStream in =
        RankServiceReadmeTest.class.getResourceAsStream("/fixtures/readme/overlined-title.rst")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ReadmeFormat.class,
      names = {"RESTRUCTURED_TEXT", "UNKNOWN"})
  void aReStructuredTextReadmeIsClassifiedByItsWordsNotItsBadgesAndUrls(ReadmeFormat stored) {
    CurateConfig config = new ConfigLoader().load(Optional.empty(), Map.of());
    try (Store store = Store.open(workspace)) {
      store.saveRepos(
          NOVEMBER,
          new SourceResult<>(List.of(PRAW), SourceReports.github(1, 1, 1, List.of())),
          NOW);
      store.saveReadmes(
          Map.of(PRAW.id(), Optional.of(new Readme("README.rst", stored, fixture()))), NOW);

      RankService rank =
          new RankService(
              store,
              new Ranker(config.scoring(), RankRules.from(config)),
              config.shortlist(),
              Clock.fixed(NOW, ZoneOffset.UTC));
      List<RankedRepo> repos =
          rank.rank(
                  new RankService.Options(
                      Optional.of(NOVEMBER), OptionalInt.empty(), OptionalInt.empty(), true, false))
              .shortlist()
              .repos();

      // "Python Reddit API Wrapper": the words say an API library.
      assertThat(repos).singleElement().extracting(RankedRepo::area).isEqualTo("tooling");
    }
  }
}
