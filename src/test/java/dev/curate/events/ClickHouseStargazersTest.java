package dev.curate.events;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EventsSettings;
import dev.curate.error.CurateException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthStargazers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The month's lone stargazers read from ClickHouse's HTTP interface, answered by WireMock in
 * ClickHouse's own formats (fixtures/clickhouse/README.md); {@link RealClickHouseTest} runs the
 * query itself on chDB.
 */
class ClickHouseStargazersTest {
  @RegisterExtension
  static WireMockExtension clickhouse =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final List<String> ASKED = List.of("starseller/llm-toolkit", "vislab/fast-detect");

  private ClickHouseStargazers stargazers() {
    return new ClickHouseStubs()
        .stars(clickhouse.baseUrl(), ClickHouseCredentials.playground(), EventsSettings.DEFAULTS)
        .stargazers();
  }

  @Test
  void eachRepositoryAskedComesWithItsStargazersAndTheLoneOnes() {
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .withRequestBody(containing("uniqExact(repo_name)"))
            .willReturn(ClickHouseStubs.rows("stargazers-2018-11.ndjson")));

    assertThat(stargazers().read(NOVEMBER, ASKED))
        .containsExactly(
            Map.entry("starseller/llm-toolkit", new MonthStargazers(3900, 3702)),
            Map.entry("vislab/fast-detect", new MonthStargazers(5890, 1211)));
    clickhouse.verify(
        postRequestedFor(urlPathEqualTo("/"))
            .withQueryParam(
                "param_repos", equalTo("['starseller/llm-toolkit','vislab/fast-detect']"))
            .withQueryParam("param_from", equalTo("2018-11-01 00:00:00")));
  }

  @Test
  void nothingAskedSendsNothing() {
    assertThat(stargazers().read(NOVEMBER, List.of())).isEmpty();
    assertThat(clickhouse.getAllServeEvents()).isEmpty();
  }

  @Test
  void moreLoneAccountsThanStargazersIsAnAnswerOfAnotherShapeNamed() {
    clickhouse.stubFor(
        post(urlPathEqualTo("/")).willReturn(ClickHouseStubs.rows("stargazers-impossible.ndjson")));

    assertThatThrownBy(() -> stargazers().read(NOVEMBER, ASKED))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode().code()).isEqualTo(1))
        .hasMessageContaining("answered the month's lone stargazers with a row that is not one")
        .hasMessageContaining("\"lone\":\"4100\"")
        .hasMessageEndingWith(
            "is default.github_events in the schema of ClickHouse's github_events?"
                + " (docs/scale.md)");
  }
}
