package dev.curate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.ConfigException;
import dev.curate.model.CalendarMonth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of issue 13: github.source, github.events.*, endpoints.clickhouseUrl. */
class EventsConfigTest {
  @TempDir Path dir;

  private final ConfigLoader loader = new ConfigLoader();

  private CurateConfig load(String yaml) throws IOException {
    return load(yaml, Map.of());
  }

  private CurateConfig load(String yaml, Map<String, String> env) throws IOException {
    Path f = dir.resolve("curate.yaml");
    Files.writeString(f, yaml);
    return loader.load(Optional.of(f), env);
  }

  @Test
  void theDefaultsReadThePlaygroundsTableForTheSoundMonthsBoth() {
    CurateConfig c = loader.load(Optional.empty(), Map.of());

    assertThat(c.endpoints().clickhouseUrl()).isEqualTo("https://play.clickhouse.com");
    assertThat(c.github().source()).isEqualTo(GitHubSourceChoice.auto);
    assertThat(c.github().events())
        .isEqualTo(
            new EventsSettings(
                1000,
                300,
                CalendarMonth.of(2015, 1),
                CalendarMonth.of(2025, 5),
                "default",
                "github_events"));
    assertThat(c.github().events()).isEqualTo(EventsSettings.DEFAULTS);
  }

  @Test
  void soundMonthsAreInclusiveAndLaterOnesAreLowerBounds() {
    EventsSettings e = EventsSettings.DEFAULTS;

    assertThat(e.isSound(CalendarMonth.of(2014, 12))).isFalse();
    assertThat(e.isSound(CalendarMonth.of(2015, 1))).isTrue();
    assertThat(e.isSound(CalendarMonth.of(2018, 11))).isTrue();
    assertThat(e.isSound(CalendarMonth.of(2025, 5))).isTrue();
    assertThat(e.isSound(CalendarMonth.of(2025, 6))).isFalse();
  }

  @Test
  void aUserFileSetsTheEventsKeysOneByOne() throws IOException {
    CurateConfig c =
        load(
            "endpoints:\n  clickhouseUrl: http://clickhouse.internal:8123/\n"
                + "github:\n  source: events\n"
                + "  events: {top: 500, soundTo: 2025-03, database: gharchive, table: events_2018}\n");

    assertThat(c.endpoints().clickhouseUrl()).isEqualTo("http://clickhouse.internal:8123");
    assertThat(c.github().source()).isEqualTo(GitHubSourceChoice.events);
    assertThat(c.github().events().top()).isEqualTo(500);
    assertThat(c.github().events().lookup()).isEqualTo(300);
    assertThat(c.github().events().soundTo()).isEqualTo(CalendarMonth.of(2025, 3));
    assertThat(c.github().events().soundFrom()).isEqualTo(CalendarMonth.of(2015, 1));
    assertThat(c.github().events().database()).isEqualTo("gharchive");
    assertThat(c.github().events().table()).isEqualTo("events_2018");
  }

  @Test
  void theEnvironmentWinsForTheClickHouseServer() throws IOException {
    CurateConfig c = load("{}\n", Map.of("CURATE_CLICKHOUSE_URL", "http://127.0.0.1:8123/"));

    assertThat(c.endpoints().clickhouseUrl()).isEqualTo("http://127.0.0.1:8123");
  }

  @Test
  void anUnknownSourceNamesTheKeyAndTheChoices() {
    assertThatThrownBy(() -> load("github:\n  source: bigquery\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key 'github.source'")
        .hasMessageContaining("search")
        .hasMessageContaining("events")
        .hasMessageContaining("auto");
  }

  @Test
  void valuesOutOfRangeNameTheirKey() {
    assertThatThrownBy(() -> load("github:\n  events: {top: 0}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key 'github.events.top' must be between 1 and 100000, got 0");
    assertThatThrownBy(() -> load("github:\n  events: {top: 100, lookup: 101}\n"))
        .hasMessageContaining("key 'github.events.lookup' must be between 0 and 100, got 101");
    assertThatThrownBy(() -> load("github:\n  events: {soundFrom: 2019-01, soundTo: 2018-12}\n"))
        .hasMessageContaining(
            "key 'github.events.soundTo' is 2018-12, before github.events.soundFrom (2019-01)");
    assertThatThrownBy(() -> load("github:\n  events: {soundFrom: 2009-01}\n"))
        .hasMessageContaining("key 'github.events.soundFrom' is 2009-01, before GH Archive");
    assertThatThrownBy(() -> load("github:\n  events: {soundTo: 2025-13}\n"))
        .hasMessageContaining("github.events.soundTo")
        .hasMessageContaining("the month must be 01 to 12");
    assertThatThrownBy(() -> load("github:\n  events: {lookUp: 3}\n"))
        .hasMessageContaining("unknown key 'github.events.lookUp'");
  }

  @Test
  void aTableOrDatabaseNameMustBeAPlainClickHouseName() {
    assertThatThrownBy(() -> load("github:\n  events: {table: 'github_events; DROP TABLE x'}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key 'github.events.table' 'github_events; DROP TABLE x' is not a")
        .hasMessageContaining("letters, digits and _");
    assertThatThrownBy(() -> load("github:\n  events: {database: ''}\n"))
        .hasMessageContaining("key 'github.events.database'");
  }

  @Test
  void credentialsInTheServersAddressAreRefusedWithoutBeingShown() {
    String password = "s3cr3t-pass-in-url";
    assertThatThrownBy(
            () -> load("endpoints:\n  clickhouseUrl: https://play:" + password + "@ch.example\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key 'endpoints.clickhouseUrl' carries a user name or password")
        .hasMessageContaining("CLICKHOUSE_USER and CLICKHOUSE_PASSWORD")
        .hasMessageNotContaining(password);
    assertThatThrownBy(
            () ->
                load(
                    "{}\n",
                    Map.of("CURATE_CLICKHOUSE_URL", "https://play:" + password + "@ch.example")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("CURATE_CLICKHOUSE_URL: 'https://ch.example' carries a user name")
        .hasMessageNotContaining(password);
  }

  @Test
  void settingsInTheServersAddressAreRefused() {
    assertThatThrownBy(
            () ->
                load(
                    "{}\n",
                    Map.of(
                        "CURATE_CLICKHOUSE_URL",
                        "https://play.clickhouse.com/?max_result_rows=10")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("has a query string or fragment");
  }
}
