package dev.curate.events;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EventsSettings;
import dev.curate.config.Secret;
import dev.curate.model.CalendarMonth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A month read from ClickHouse's HTTP interface, answered by WireMock in ClickHouse's own formats
 * (fixtures/clickhouse/README.md names where each shape comes from).
 */
class ClickHouseStarsTest {
  @RegisterExtension
  static WireMockExtension clickhouse =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final CalendarMonth NOVEMBER_2018 = CalendarMonth.of(2018, 11);

  private final ClickHouseStubs stubs = new ClickHouseStubs();

  private void freshUntil2026() {
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("max(created_at)"))
            .willReturn(ClickHouseStubs.rows("freshness-2026-08-15.ndjson")));
  }

  private ClickHouseMonth readNovember() {
    return stubs
        .stars(clickhouse.baseUrl(), ClickHouseCredentials.playground())
        .read(NOVEMBER_2018);
  }

  @Test
  void theMonthsTopRepositoriesComeWithTheirThreeMonthsBefore() {
    freshUntil2026();
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("countIf"))
            .willReturn(ClickHouseStubs.rows("month-2018-11.ndjson")));

    ClickHouseMonth month = readNovember();

    assertThat(month.counts().repos())
        .containsExactly(
            new RepoStars(
                "facebook/react", OptionalLong.empty(), 3524, List.of(3410L, 3620L, 3488L)),
            new RepoStars(
                "google-research/bert", OptionalLong.empty(), 3316, List.of(4871L, 0L, 0L)),
            new RepoStars("openai/spinningup", OptionalLong.empty(), 2904, List.of(0L, 0L, 0L)),
            new RepoStars("jantic/DeOldify", OptionalLong.empty(), 2112, List.of(1873L, 11L, 0L)),
            new RepoStars(
                "tensorflow/tensorflow", OptionalLong.empty(), 2087, List.of(2215L, 2190L, 2301L)));
    assertThat(month.counts().earlierCounted()).isTrue();
    assertThat(month.counts().lowerBound()).isFalse();
    assertThat(month.lastEventAt()).isEqualTo(Instant.parse("2026-08-15T09:59:59Z"));
    assertThat(month.server()).isEqualTo("localhost:" + clickhouse.getPort());
    assertThat(month.table()).isEqualTo("default.github_events");
    assertThat(month.monthStats())
        .contains(new QueryStats(16_412_304, 213_359_952, Duration.ofNanos(412_893_112)));
  }

  @Test
  void everyValueTravelsAsAParameterAndTheAccountAsAHeader() {
    freshUntil2026();
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("countIf"))
            .willReturn(ClickHouseStubs.rows("month-2018-11.ndjson")));

    readNovember();

    List<LoggedRequest> month =
        clickhouse.findAll(
            postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("countIf")));
    assertThat(month).hasSize(1);
    LoggedRequest request = month.get(0);
    assertThat(request.getBodyAsString())
        .isEqualTo(StarQueries.month(NOVEMBER_2018, EventsSettings.DEFAULTS).body())
        .endsWith("FORMAT JSONEachRow")
        .doesNotContain("2018")
        .doesNotContain("github_events")
        .doesNotContain("1000");
    assertThat(request.queryParameter("param_from").firstValue()).isEqualTo("2018-11-01 00:00:00");
    assertThat(request.queryParameter("param_to").firstValue()).isEqualTo("2018-12-01 00:00:00");
    assertThat(request.queryParameter("param_from_3").firstValue())
        .isEqualTo("2018-08-01 00:00:00");
    assertThat(request.queryParameter("param_table").firstValue()).isEqualTo("github_events");
    assertThat(request.queryParameter("param_top").firstValue()).isEqualTo("1000");
    // No setting, no credentials in the URL: a read-only user refuses settings, and the request
    // line is what logs and proxies keep.
    assertThat(request.getQueryParams().keySet()).allMatch(name -> name.startsWith("param_"));
    assertThat(request.getHeader("X-ClickHouse-User")).isEqualTo("play");
    assertThat(request.containsHeader("X-ClickHouse-Key")).isFalse();
    assertThat(request.containsHeader("Authorization")).isFalse();
  }

  @Test
  void aPasswordGoesInItsHeaderOnly() {
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .withHeader("X-ClickHouse-Key", equalTo(ClickHouseStubs.PASSWORD))
            .withHeader("X-ClickHouse-User", equalTo("curate"))
            .willReturn(ClickHouseStubs.rows("freshness-2026-08-15.ndjson")));
    ClickHouseCredentials account =
        new ClickHouseCredentials("curate", Optional.of(new Secret(ClickHouseStubs.PASSWORD)));

    ClickHouseAnswer answer =
        stubs
            .client(clickhouse.baseUrl(), account)
            .query(StarQueries.freshness(EventsSettings.DEFAULTS));

    assertThat(answer.rows()).hasSize(1);
    clickhouse.verify(
        1,
        postRequestedFor(urlPathEqualTo("/"))
            .withQueryParam("password", absent())
            .withQueryParam("user", absent()));
    assertThat(clickhouse.findAll(postRequestedFor(urlPathEqualTo("/"))).get(0).getUrl())
        .doesNotContain(ClickHouseStubs.PASSWORD);
  }

  @Test
  void behindAReverseProxyTheConfiguredPathIsTheServersRoot() {
    clickhouse.stubFor(
        post(urlPathEqualTo("/clickhouse/"))
            .willReturn(ClickHouseStubs.rows("freshness-2026-08-15.ndjson")));

    ClickHouseAnswer answer =
        stubs
            .client(clickhouse.baseUrl() + "/clickhouse", ClickHouseCredentials.playground())
            .query(StarQueries.freshness(EventsSettings.DEFAULTS));

    assertThat(answer.rows()).hasSize(1);
  }

  @Test
  void aTableThatEndsBeforeTheMonthIsStaleAndTheMonthIsNotAsked() {
    freshUntil2026();

    assertThatThrownBy(
            () ->
                stubs
                    .stars(clickhouse.baseUrl(), ClickHouseCredentials.playground())
                    .read(CalendarMonth.of(2026, 8)))
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessage(
            "ClickHouse at localhost:"
                + clickhouse.getPort()
                + ": default.github_events's last star event is of 2026-08-15 09:59:59 UTC, before"
                + " 2026-08 ends, so the month's events are not all loaded (the public table has"
                + " gone stale for weeks at a time): retry later, or read the month by search");
    clickhouse.verify(1, postRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void aTableWithoutStarEventsIsStaleForEveryMonth() {
    clickhouse.stubFor(
        post(urlPathEqualTo("/")).willReturn(ClickHouseStubs.rows("freshness-empty-table.ndjson")));

    assertThatThrownBy(this::readNovember)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessageContaining("default.github_events holds no star events at all");
  }

  @Test
  void aTableWhoseLastHourIsTheMonthsLastCoversTheMonth() {
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("max(created_at)"))
            .willReturn(
                ClickHouseStubs.rows("freshness-2026-08-15.ndjson")
                    // 2018-11-30 23:00:00 UTC: the first second of the month's last hour.
                    .withBody("{\"last_event_at\":1543618800}\n")));
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("countIf"))
            .willReturn(ClickHouseStubs.rows("month-2018-11.ndjson")));

    assertThat(readNovember().counts().repos()).hasSize(5);
  }

  @Test
  void aMonthPastSoundToIsReadAndSaidToBeALowerBound() {
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("max(created_at)"))
            .willReturn(ClickHouseStubs.rows("freshness-2026-08-15.ndjson")));
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("countIf"))
            .willReturn(ClickHouseStubs.rows("month-2018-11.ndjson")));

    ClickHouseMonth july2026 =
        stubs
            .stars(clickhouse.baseUrl(), ClickHouseCredentials.playground())
            .read(CalendarMonth.of(2026, 7));

    assertThat(july2026.counts().lowerBound()).isTrue();
  }

  static int exit(Throwable e) {
    return ((dev.curate.error.CurateException) e).exitCode().code();
  }
}
