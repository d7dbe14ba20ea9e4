package dev.curate.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.config.EventsSettings;
import dev.curate.model.CalendarMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StarQueriesTest {
  private final EventsSettings settings =
      new EventsSettings(
          250, 100, CalendarMonth.of(2015, 1), CalendarMonth.of(2025, 5), "gharchive", "events");

  @Test
  void theMonthAndTheThreeBeforeAreUtcBoundariesPassedAsParameters() {
    ClickHouseQuery q = StarQueries.month(CalendarMonth.of(2019, 1), settings);

    assertThat(q.parameters())
        .containsExactly(
            Map.entry("database", "gharchive"),
            Map.entry("table", "events"),
            Map.entry("from", "2019-01-01 00:00:00"),
            Map.entry("to", "2019-02-01 00:00:00"),
            Map.entry("from_1", "2018-12-01 00:00:00"),
            Map.entry("from_2", "2018-11-01 00:00:00"),
            Map.entry("from_3", "2018-10-01 00:00:00"),
            Map.entry("top", "250"));
    for (String name : q.parameters().keySet()) {
      assertThat(q.sql()).contains("{" + name + ":");
    }
    assertThat(q.sql())
        .contains("FROM {database:Identifier}.{table:Identifier}")
        .contains("{from:DateTime('UTC')}")
        .contains("LIMIT {top:UInt32}")
        .doesNotContain("2019")
        .doesNotContain("gharchive");
  }

  @Test
  void theDryRunShowsTheBodyAsSentAndEachParameter() {
    assertThat(StarQueries.freshness(settings).shown())
        .isEqualTo(
            """
            SELECT toUnixTimestamp(max(created_at)) AS last_event_at
            FROM {database:Identifier}.{table:Identifier}
            WHERE event_type = 'WatchEvent'
            FORMAT JSONEachRow
            param_database=gharchive
            param_table=events""");
  }

  @Test
  void theStargazersQueryTakesTheRepositoriesAsAnArrayParameterNeverInTheSql() {
    ClickHouseQuery q =
        StarQueries.stargazers(
            CalendarMonth.of(2018, 11), List.of("starseller/toolkit", "o'hara/x\\y"), settings);

    assertThat(q.parameters())
        .containsEntry("from", "2018-11-01 00:00:00")
        .containsEntry("to", "2018-12-01 00:00:00")
        .containsEntry("repos", "['starseller/toolkit','o\\'hara/x\\\\y']");
    assertThat(q.sql())
        .contains("repo_name IN {repos:Array(String)}")
        .doesNotContain("starseller")
        .doesNotContain("2018");
  }
}
