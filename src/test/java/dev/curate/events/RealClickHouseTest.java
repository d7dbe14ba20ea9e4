package dev.curate.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EventsSettings;
import dev.curate.config.Secret;
import dev.curate.error.CurateException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthStargazers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * curate's own SQL, client and parsing against a real ClickHouse engine (chDB 26.x behind {@code
 * src/test/node/clickhouse-shim.js}, {@link ClickHouseShim}), on generated events loaded into the
 * playground's github_events table; and GH Archive's hour files holding the same events give the
 * same counts. The shim runs as a read-only account, so a setting curate sent would be refused.
 */
class RealClickHouseTest {
  @TempDir static Path dir;

  static final CalendarMonth NOVEMBER = GhArchiveFilesTest.NOVEMBER;
  static final String PASSWORD = "shim-Pa55word";
  static final ClickHouseCredentials ACCOUNT =
      new ClickHouseCredentials("curate", Optional.of(new Secret(PASSWORD)));

  /** Fewer than the repositories starred, so LIMIT and the order of ties are tested too. */
  static final EventsSettings TOP_12 =
      new EventsSettings(
          12, 12, CalendarMonth.of(2015, 1), CalendarMonth.of(2025, 5), "default", "github_events");

  static final Instant LAST_EVENT = Instant.parse("2018-11-30T23:59:59Z");

  static StarEvents events;
  static Path hours;
  static ClickHouseShim clickhouse;

  @BeforeAll
  static void loadTheSameEventsIntoTheEngineAndTheHourFiles() throws IOException {
    if (!ClickHouseShim.engineAvailable()) {
      // Each test then skips, or fails under CI=true, saying what is missing.
      return;
    }
    events = GhArchiveFilesTest.november();
    // Twenty more repositories, with ties, in November and the months before.
    for (int i = 0; i < 20; i++) {
      String repo = "owner" + (i % 7) + "/repo-" + i;
      events.stars(repo, 200_000_000L + i, 3 + (i * 5) % 11, NOVEMBER);
      events.stars(repo, 200_000_000L + i, i % 4, CalendarMonth.of(2018, 9));
    }
    lonelyAndCrowdedStargazers(events);
    // A star in the month's last hour: the table is whole for November, not for December.
    events.star("owner3/repo-3", 200_000_003L, LAST_EVENT);
    Set<Instant> missing = Set.of(GhArchiveFilesTest.MISSING_1, GhArchiveFilesTest.MISSING_2);
    hours = Files.createDirectory(dir.resolve("hours"));
    events.writeHourFiles(hours, List.of(NOVEMBER), missing, GhArchiveFilesTest.badLines());
    List<Instant> earlier =
        new ArrayList<>(
            events.events().stream()
                .map(e -> e.at().truncatedTo(ChronoUnit.HOURS))
                .filter(h -> h.isBefore(NOVEMBER.start()))
                .distinct()
                .toList());
    events.writeHours(hours, earlier, Map.of());
    Path table = events.writeTable(dir.resolve("github_events.ndjson"), missing);
    clickhouse = ClickHouseShim.start(table, "--account", "curate:" + PASSWORD, "--readonly");
  }

  static final String BOUGHT = "starseller/toolkit";
  static final String VIRAL = "viral/net";

  /**
   * {@value #BOUGHT}: 24 accounts that star nothing else in November (one of them twice, one of
   * them another repository in October), and 4 that star {@value #VIRAL} too; {@value #VIRAL}: 10
   * accounts, each of which stars another repository in the month.
   */
  private static void lonelyAndCrowdedStargazers(StarEvents events) {
    Instant burst = Instant.parse("2018-11-12T10:00:00Z");
    for (int i = 0; i < 24; i++) {
      events.starBy("seller-" + i, BOUGHT, 300_000_001L, burst.plusSeconds(60L * i));
    }
    events.starBy("seller-0", BOUGHT, 300_000_001L, burst.plusSeconds(7_200));
    events.starBy("seller-1", "owner2/repo-2", 200_000_002L, Instant.parse("2018-10-20T08:00:00Z"));
    for (int i = 0; i < 10; i++) {
      Instant at = Instant.parse("2018-11-20T09:00:00Z").plusSeconds(600L * i);
      events.starBy("crowd-" + i, VIRAL, 300_000_002L, at);
      if (i < 4) {
        events.starBy("crowd-" + i, BOUGHT, 300_000_001L, at.plusSeconds(30));
      } else {
        events.starBy("crowd-" + i, "owner1/repo-1", 200_000_001L, at.plusSeconds(30));
      }
    }
  }

  @BeforeEach
  void requireTheEngine() {
    ClickHouseShim.requireEngine();
  }

  @AfterAll
  static void stop() throws IOException {
    if (clickhouse != null) {
      clickhouse.close();
    }
  }

  private ClickHouseStars stars(EventsSettings settings) {
    return new ClickHouseStubs().stars(clickhouse.url(), ACCOUNT, settings);
  }

  @Test
  void theEngineCountsTheMonthsTopRepositoriesAndTheirMonthsBefore() {
    ClickHouseMonth month = stars(TOP_12).read(NOVEMBER);

    assertThat(month.counts().repos()).hasSize(12).isEqualTo(expected(12));
    assertThat(month.counts().repos().get(0))
        .isEqualTo(
            new RepoStars("openai/spinningup", OptionalLong.empty(), 39, List.of(0L, 0L, 0L)));
    assertThat(month.lastEventAt()).isEqualTo(LAST_EVENT);
    assertThat(month.monthStats()).hasValueSatisfying(s -> assertThat(s.readRows()).isPositive());
  }

  @Test
  void theHourFilesGiveTheSameCountsAsTheEngine() {
    StarCounts engine = stars(TOP_12).read(NOVEMBER).counts();
    StarCounts files = new GhArchiveFiles(TOP_12, 2).read(NOVEMBER, List.of(hours)).counts();

    assertThat(withoutIds(files.repos())).isEqualTo(engine.repos());
    assertThat(files.earlierCounted()).isEqualTo(engine.earlierCounted()).isTrue();
  }

  @Test
  void theEngineCountsTheStargazersWhoStarredNothingElseThatMonth() {
    ClickHouseStargazers stargazers = stars(TOP_12).stargazers();

    Map<String, MonthStargazers> counted =
        stargazers.read(NOVEMBER, List.of(BOUGHT, VIRAL, "quiet/none"));

    assertThat(counted)
        .containsExactly(
            Map.entry(BOUGHT, new MonthStargazers(28, 24)),
            Map.entry(VIRAL, new MonthStargazers(10, 0)));
  }

  @Test
  void aMonthTheTableDoesNotHoldWholeIsStale() {
    assertThatThrownBy(() -> stars(TOP_12).read(CalendarMonth.of(2018, 12)))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode().code()).isEqualTo(75))
        .hasMessageContaining(
            "default.github_events's last star event is of 2018-11-30 23:59:59 UTC, before 2018-12"
                + " ends");
  }

  @Test
  void theEnginesUnknownTableIsNamedWithTheKeysToSet() {
    EventsSettings wrong =
        new EventsSettings(
            12,
            12,
            CalendarMonth.of(2015, 1),
            CalendarMonth.of(2025, 5),
            "default",
            "github_event");

    assertThatThrownBy(() -> stars(wrong).read(NOVEMBER))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode().code()).isEqualTo(1))
        .hasMessageStartingWith(
            "ClickHouse at "
                + clickhouse.url().substring("http://".length())
                + " has no table default.github_event (UNKNOWN_TABLE: ")
        .hasMessageEndingWith(
            ": set github.events.database and github.events.table to where that server keeps GH"
                + " Archive's events");
  }

  @Test
  void aWrongPasswordIsACredentialsError() {
    ClickHouseClient client =
        new ClickHouseStubs()
            .client(
                clickhouse.url(),
                new ClickHouseCredentials("curate", Optional.of(new Secret("wrong-one"))));

    assertThatThrownBy(() -> client.query(StarQueries.freshness(TOP_12)))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode().code()).isEqualTo(4))
        .hasMessageContaining("(AUTHENTICATION_FAILED: curate: Authentication failed");
  }

  /** The month's counts straight from the generated events, as the files and table hold them. */
  private static List<RepoStars> expected(int top) {
    Set<Instant> missing = Set.of(GhArchiveFilesTest.MISSING_1, GhArchiveFilesTest.MISSING_2);
    Map<String, long[]> counts = new TreeMap<>();
    CalendarMonth[] months = {
      NOVEMBER,
      NOVEMBER.previous(),
      NOVEMBER.previous().previous(),
      NOVEMBER.previous().previous().previous()
    };
    for (StarEvents.Event e : events.events()) {
      if (!e.type().equals("WatchEvent")
          || missing.contains(e.at().truncatedTo(ChronoUnit.HOURS))) {
        continue;
      }
      for (int k = 0; k < months.length; k++) {
        if (months[k].contains(e.at())) {
          counts.computeIfAbsent(e.repo(), r -> new long[4])[k]++;
        }
      }
    }
    return counts.entrySet().stream()
        .filter(c -> c.getValue()[0] > 0)
        .sorted(
            Comparator.<Map.Entry<String, long[]>>comparingLong(c -> -c.getValue()[0])
                .thenComparing(Map.Entry::getKey))
        .limit(top)
        .map(
            c ->
                new RepoStars(
                    c.getKey(),
                    OptionalLong.empty(),
                    c.getValue()[0],
                    List.of(c.getValue()[1], c.getValue()[2], c.getValue()[3])))
        .toList();
  }

  private static List<RepoStars> withoutIds(List<RepoStars> repos) {
    return repos.stream()
        .map(r -> new RepoStars(r.name(), OptionalLong.empty(), r.stars(), r.earlier()))
        .toList();
  }
}
