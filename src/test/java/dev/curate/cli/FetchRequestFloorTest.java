package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.curate.model.CalendarMonth;
import dev.curate.model.SourceId;
import dev.curate.store.FetchRun;
import dev.curate.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fetch summary holds each source's requests against the floor of the month as it was read,
 * against the stand-in's November 2018, and {@code fetch_run} keeps that floor.
 */
class FetchRequestFloorTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  @TempDir Path workspace;

  private CliRunner.Result fetch(String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "fetch";
    args[1] = "--month";
    args[2] = "2018-11";
    System.arraycopy(more, 0, args, 3, more.length);
    CliRunner.Result r = CliRunner.againstStandIn(api.baseUrl(), workspace).run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }

  private static String line(CliRunner.Result r, String source) {
    return r.err()
        .lines()
        .filter(l -> l.startsWith(source + " ") && l.contains(" requests"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no summary line of " + source + ": " + r.err()));
  }

  @Test
  void subredditsReadFromTheArchiveAreAtTheirFloor() {
    CliRunner.Result r = fetch("--only", "reddit");

    // The month's one archive page, the archive's count, one /api/info refresh each.
    assertThat(line(r, "reddit:MachineLearning")).contains(" 3 requests (at its floor) ");
    assertThat(line(r, "reddit:datascience")).contains(" 3 requests (at its floor) ");
  }

  @Test
  void aRetryIsTheExtraRequest() {
    api.stubFor(
        get(urlPathEqualTo("/api/posts/search"))
            .atPriority(0)
            .withQueryParam("subreddit", equalTo("datascience"))
            .inScenario("archive hiccup")
            .whenScenarioStateIs(Scenario.STARTED)
            .willSetStateTo("recovered")
            .willReturn(aResponse().withStatus(502).withBody("bad gateway")));

    CliRunner.Result r = fetch("--only", "reddit");

    assertThat(line(r, "reddit:datascience"))
        .contains(" 4 requests (floor 3: 1 extra: 1 retry) ")
        .doesNotContain("1 retry  ");
    assertThat(line(r, "reddit:MachineLearning")).contains(" 3 requests (at its floor) ");
    try (Store store = Store.open(workspace)) {
      assertThat(store.fetchRuns(CalendarMonth.of(2018, 11)))
          .filteredOn(run -> run.source().equals(new SourceId.Subreddit("datascience")))
          .singleElement()
          .satisfies(
              run -> {
                assertThat(run.requests()).isEqualTo(4);
                assertThat(run.requestFloor()).isEqualTo(3);
                assertThat(run.retries()).isEqualTo(1);
              });
    }
  }

  @Test
  void gitHubsExtraRequestsAreNamedByKind() {
    CliRunner.Result r = fetch("--only", "github", "--github-source", "search");

    // 14 searches of one page each, but GitHub paged topic:machine-learning's 6 results in two; 9
    // repositories measured (one star history request each at the fewest), 9 READMEs.
    assertThat(r.err())
        .contains("github: stars gained in 2018-11: 6 by history, 0 by stargazers, 3");
    assertThat(line(r, "github"))
        .contains(
            " 42 requests (floor 32: 10 extra: 1 search page, 6 star history pages,"
                + " 3 stargazer pages) ");
    try (Store store = Store.open(workspace)) {
      assertThat(store.fetchRuns(CalendarMonth.of(2018, 11)))
          .extracting(FetchRun::requestFloor)
          .containsExactly(32);
    }
  }
}
