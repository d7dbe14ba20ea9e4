package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** X2, X3, G29b and {@code --max-wait}: which stream carries what, and what {@code -v} logs. */
class CliStreamsTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final String TOKEN = "ghp_StreamsTestToken1234567890abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path workspace;

  private CliRunner cli() {
    return new CliRunner()
        .clock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC))
        .env("CURATE_GITHUB_API_URL", api.baseUrl())
        .env("CURATE_REDDIT_URL", api.baseUrl())
        .env("CURATE_REDDIT_ARCHIVE_URL", api.baseUrl())
        .env("CURATE_REDDIT_OAUTH_URL", api.baseUrl())
        .env("CURATE_WORKSPACE", workspace.toString())
        .env("CURATE_CONFIG_DIR", workspace.resolve("no-config").toString())
        .env("GH_TOKEN", TOKEN);
  }

  @Nested
  class AfterAFetch {
    private CliRunner.Result fetch;

    @BeforeEach
    void fetchTheMonth() {
      fetch = cli().run("fetch", "--month", "2018-11");
      assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    }

    @Test
    void fetchKeepsStdoutEmptyAndPutsProgressSummaryAndWarningsOnStderr() {
      assertThat(fetch.out()).isEmpty();
      assertThat(fetch.err())
          .contains("Fetching 2018-11", "saving github:", "kept", "warning: ", "Fetched 2018-11");
    }

    @Test
    void rankPipedPrintsTabSeparatedValuesWithoutEscapes() {
      CliRunner.Result rank = cli().terminal(false).run("rank");
      assertThat(rank.exitCode()).as(rank.err()).isZero();
      assertThat(rank.out()).doesNotContain("\u001B").contains("\t");
      assertThat(rank.out().lines()).allSatisfy(l -> assertThat(l).contains("\t"));
      assertThat(rank.out()).contains("hanxiao/bert-as-service");
      assertThat(rank.err()).contains("Saved the 2018-11 shortlist").doesNotContain("\u001B");
    }

    @Test
    void noColorChangesNeitherThePipedNorTheTerminalOutputForTheWorse() {
      CliRunner.Result piped = cli().terminal(false).run("rank");
      CliRunner.Result pipedNoColor = cli().terminal(false).env("NO_COLOR", "1").run("rank");
      assertThat(pipedNoColor.exitCode()).isZero();
      assertThat(pipedNoColor.out()).isEqualTo(piped.out());

      CliRunner.Result terminalNoColor = cli().terminal(true).env("NO_COLOR", "1").run("rank");
      assertThat(terminalNoColor.exitCode()).as(terminalNoColor.err()).isZero();
      assertThat(terminalNoColor.out())
          .doesNotContain("\u001B")
          .contains("hanxiao/bert-as-service");
    }

    @Test
    void rankJsonPrintsExactlyOneJsonObjectOnStdout() throws IOException {
      CliRunner.Result rank = cli().terminal(true).run("rank", "--json");
      assertThat(rank.exitCode()).as(rank.err()).isZero();
      try (JsonParser parser = JSON.createParser(rank.out())) {
        JsonNode shortlist = JSON.readTree(parser);
        assertThat(shortlist.isObject()).isTrue();
        assertThat(shortlist.get("month").asText()).isEqualTo("2018-11");
        assertThat(parser.nextToken()).as("anything after the object").isNull();
      }
      assertThat(rank.out().strip()).startsWith("{").endsWith("}");
      assertThat(rank.err()).contains("Saved the 2018-11 shortlist");
    }
  }

  @Test
  void verboseLogsEachRequestWithItsStatusButNeverTheToken() {
    CliRunner.Result r = cli().run("fetch", "--month", "2018-11", "--only", "github", "-v");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(
            r.err()
                .lines()
                .filter(l -> l.startsWith("debug: GET " + api.baseUrl() + "/search/repositories?")))
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(l -> assertThat(l).containsPattern(" -> 200( \\(cache\\))? in \\d+ ms$"));
    assertThat(r.err()).doesNotContain(TOKEN).doesNotContainIgnoringCase("authorization: ");
    assertThat(r.out()).isEmpty();
    // The token was sent: what -v leaves out is what was on the wire.
    api.verify(
        getRequestedFor(urlPathEqualTo("/search/repositories"))
            .withHeader(
                "Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.containing(TOKEN)));
  }

  @Test
  void withoutVerboseNoRequestIsLogged() {
    CliRunner.Result r = cli().run("fetch", "--month", "2018-11", "--only", "github");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("debug:", "/search/repositories");
  }

  @Test
  void resetBeyondMaxWaitEndsAtOnceWithExit75AndOneLine() {
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("x-ratelimit-remaining", "0")
                    .withHeader("x-ratelimit-resource", "search")
                    .withHeader("Date", "Sat, 28 Nov 2026 10:00:00 GMT")
                    .withHeader(
                        "x-ratelimit-reset",
                        Long.toString(Instant.parse("2026-11-28T10:02:00Z").getEpochSecond()))
                    .withBody("{\"message\":\"API rate limit exceeded\"}")));
    CliRunner cli = cli();

    long started = System.nanoTime();
    CliRunner.Result r =
        cli.run(
            "fetch",
            "--month",
            "2018-11",
            "--only",
            "github",
            "--github-source",
            "search",
            "--max-wait",
            "30s");
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(r.exitCode()).as(r.err()).isEqualTo(75);
    assertThat(r.err().lines().filter(l -> l.startsWith("curate: ")))
        .singleElement()
        .asString()
        .contains("search", "10:02:00 UTC", "http.maxWait 30s");
    assertThat(cli.waits()).as("no wait for a reset beyond --max-wait").isEmpty();
    assertThat(millis).as("ms to give up").isLessThan(5_000);
    api.verify(1, getRequestedFor(urlPathEqualTo("/search/repositories")));
  }

  @Test
  void resetWithinMaxWaitIsWaitedFor() {
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .atPriority(0)
            .inScenario("limit")
            .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
            .willSetStateTo("reset")
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("x-ratelimit-remaining", "0")
                    .withHeader("x-ratelimit-resource", "search")
                    .withHeader("Date", "Sat, 28 Nov 2026 10:00:00 GMT")
                    .withHeader(
                        "x-ratelimit-reset",
                        Long.toString(Instant.parse("2026-11-28T10:02:00Z").getEpochSecond()))
                    .withBody("{\"message\":\"API rate limit exceeded\"}")));
    CliRunner cli = cli();

    CliRunner.Result r =
        cli.run("fetch", "--month", "2018-11", "--only", "github", "--max-wait", "3m");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(cli.waits()).contains(java.time.Duration.ofSeconds(121));
  }

  @Test
  void maxWaitTakesTheConfigFileDurationFormat() {
    CliRunner.Result r = cli().run("fetch", "--month", "2018-11", "--max-wait", "PT5M");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--max-wait").contains("e.g. 500ms, 30s, 5m, 1h");
  }
}
