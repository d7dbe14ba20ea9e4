package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curate doctor} through the real command line, every endpoint on one WireMock (the
 * stand-in's token and ClickHouse freshness answers, GitHub's {@code /rate_limit} here).
 */
class DoctorCommandTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GH_TOKEN = "ghp_DoctorCommandTest0000000000000000000";
  private static final String REDDIT_ID = "doctor-client-id-0001";
  private static final String REDDIT_SECRET = "doctor-client-secret-0000000001";
  private static final String CLICKHOUSE_PASSWORD = "doctor-clickhouse-password-01";
  private static final List<String> SECRETS =
      List.of(GH_TOKEN, REDDIT_ID, REDDIT_SECRET, CLICKHOUSE_PASSWORD, "stand-in-access-token");

  @TempDir Path workspace;
  @TempDir Path configDir;

  @BeforeEach
  void gitHubAnswersItsRateLimit() throws IOException {
    api.stubFor(
        get(urlPathEqualTo("/rate_limit"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(fixture("fixtures/github/rate-limit.json"))));
    // Whether the Reddit site, its OAuth host and the archive answer at all.
    api.stubFor(WireMock.head(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200)));
  }

  private CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("CURATE_CONFIG_DIR", configDir.toString())
        .env("GH_TOKEN", GH_TOKEN)
        .env("REDDIT_CLIENT_ID", REDDIT_ID)
        .env("REDDIT_CLIENT_SECRET", REDDIT_SECRET)
        .env("REDDIT_USER_AGENT", "linux:dev.curate.test:v1 (by /u/doctor)")
        .env("CLICKHOUSE_USER", "default")
        .env("CLICKHOUSE_PASSWORD", CLICKHOUSE_PASSWORD);
  }

  private static CliRunner.Result withoutSecrets(CliRunner.Result result) {
    for (String secret : SECRETS) {
      assertThat(result.out() + result.err()).as("output").doesNotContain(secret);
    }
    return result;
  }

  @Test
  void aSetUpThatWorksExitsZero() {
    CliRunner.Result result = withoutSecrets(cli().run("doctor"));

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .contains("GitHub token     GH_TOKEN")
        .contains("core 4,999/5,000 left until 14:29 UTC, search 18/30 left until 14:24 UTC")
        .contains("app-only token: ok")
        .contains("default.github_events last star event 2026-11-27 23:00:04 UTC")
        .doesNotContain("problem:")
        .endsWith("A fetch would work.\n");
    api.verify(1, getRequestedFor(urlPathEqualTo("/rate_limit")));
    api.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/access_token")));
  }

  @Test
  void aRefusedGitHubTokenExitsFourNamingItsVariable() {
    api.stubFor(
        get(urlPathEqualTo("/rate_limit"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(
                        "{\"message\":\"Bad credentials\","
                            + "\"documentation_url\":\"https://docs.github.com/rest\","
                            + "\"status\":\"401\"}")));

    CliRunner.Result result = withoutSecrets(cli().run("doctor"));

    assertOnlyProblem(result, 4)
        .contains("GitHub rejected the token from GH_TOKEN (401 Bad credentials)")
        .contains("renew it");
  }

  @Test
  void aTokenGitHubEchoesBackIsNotPrinted() {
    api.stubFor(
        get(urlPathEqualTo("/rate_limit"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody("{\"message\":\"Bad credentials: Bearer " + GH_TOKEN + "\"}")));

    for (String format : List.of("--json", "-v")) {
      CliRunner.Result result = withoutSecrets(cli().run("doctor", format));
      assertThat(result.exitCode()).isEqualTo(4);
      assertThat(result.out()).contains("Bad credentials: Bearer [redacted]");
    }
  }

  @Test
  void halfOfRedditsPairIsARefusedCredential() {
    CliRunner.Result result = withoutSecrets(cli().env("REDDIT_CLIENT_SECRET", "").run("doctor"));

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.out())
        .contains("Reddit app       only REDDIT_CLIENT_ID (set both, or neither)")
        .contains("REDDIT_CLIENT_ID is set but REDDIT_CLIENT_SECRET is not");
    api.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/access_token")));
  }

  @Test
  void aRefusedRedditAppExitsFour() {
    api.stubFor(
        post(urlPathEqualTo("/api/v1/access_token"))
            .atPriority(0)
            .willReturn(aResponse().withStatus(401).withBody("{\"message\": \"Unauthorized\"}")));

    CliRunner.Result result = withoutSecrets(cli().run("doctor", "--json"));

    assertThat(result.exitCode()).isEqualTo(4);
    JsonNode doc = json(result);
    assertThat(doc.get("budgets").get("redditToken").asText()).isEqualTo("refused");
    assertThat(doc.get("findings").get(0).get("message").asText())
        .contains("REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET");
  }

  @Test
  void aRefusedClickHouseAccountExitsFour() throws IOException {
    api.stubFor(
        post(urlPathEqualTo("/"))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "text/plain; charset=UTF-8")
                    .withHeader("X-ClickHouse-Exception-Code", "516")
                    .withBody(fixture("fixtures/clickhouse/authentication-failed.txt"))));

    CliRunner.Result result = withoutSecrets(cli().run("doctor"));

    assertOnlyProblem(result, 4).contains("AUTHENTICATION_FAILED").contains("CLICKHOUSE_USER");
  }

  @Test
  void aBrokenConfigFileIsAProblemAndNothingIsAsked() throws IOException {
    Files.writeString(configDir.resolve("curate.yaml"), "github:\n  source: nowhere\n");

    CliRunner.Result result = withoutSecrets(cli().run("doctor", "--json"));

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode doc = json(result);
    assertThat(doc.get("config").get("userFilePresent").asBoolean()).isTrue();
    assertThat(doc.get("config").get("problem").asText()).contains("github.source");
    assertThat(doc.get("endpoints")).isEmpty();
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  @Test
  void anUnreachableClickHouseIsAProblemUnderAuto() {
    CliRunner.Result result =
        withoutSecrets(cli().env("CURATE_CLICKHOUSE_URL", CliRunner.NO_CLICKHOUSE).run("doctor"));

    assertOnlyProblem(result, 1)
        .startsWith("problem: cannot reach ClickHouse at 127.0.0.1:9 (connection refused)")
        .contains("CURATE_CLICKHOUSE_URL");
    assertThat(result.out()).contains("ClickHouse       http://127.0.0.1:9  unreachable");
  }

  @Test
  void anUnreachableClickHouseIsAWarningUnderSearch() throws IOException {
    Files.writeString(configDir.resolve("curate.yaml"), "github:\n  source: search\n");

    CliRunner.Result result =
        withoutSecrets(cli().env("CURATE_CLICKHOUSE_URL", CliRunner.NO_CLICKHOUSE).run("doctor"));

    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(problems(result)).isEmpty();
    assertThat(result.out())
        .contains("warning: cannot reach ClickHouse at 127.0.0.1:9 (connection refused)")
        .contains("(a fetch does not need it: github.source is search")
        .contains(configDir.resolve("curate.yaml").toString());
  }

  @Test
  void aServerErrorIsAskedOnceNotRetried() {
    api.stubFor(get(urlPathEqualTo("/rate_limit")).willReturn(aResponse().withStatus(502)));

    CliRunner.Result result = withoutSecrets(cli().run("doctor"));

    assertThat(result.exitCode()).isEqualTo(1);
    api.verify(1, getRequestedFor(urlPathEqualTo("/rate_limit")));
    assertThat(cli().waits()).isEmpty();
    assertThat(problems(result)).singleElement().asString().contains("HTTP 502");
  }

  @Test
  void jsonCarriesSchemaVersionAndEveryCheck() {
    CliRunner.Result result = withoutSecrets(cli().run("doctor", "--json"));

    assertThat(result.exitCode()).isZero();
    JsonNode doc = json(result);
    assertThat(fieldNames(doc))
        .containsExactly(
            "schemaVersion",
            "exitCode",
            "config",
            "workspace",
            "credentials",
            "endpoints",
            "budgets",
            "findings");
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.get("config").get("defaults").asText()).isEqualTo("config/curate.yaml");
    assertThat(doc.get("config").get("userFilePresent").asBoolean()).isFalse();
    assertThat(doc.get("workspace").get("writable").asBoolean()).isTrue();
    assertThat(doc.get("workspace").get("months").asInt()).isZero();
    assertThat(doc.get("credentials").get("github").asText()).isEqualTo("GH_TOKEN");
    assertThat(doc.get("credentials").get("clickhousePassword").asText())
        .isEqualTo("CLICKHOUSE_PASSWORD");
    List<String> names = new ArrayList<>();
    doc.get("endpoints").forEach(e -> names.add(e.get("name").asText()));
    assertThat(names).containsExactly("github", "reddit", "redditOauth", "archive", "clickhouse");
    doc.get("endpoints").forEach(e -> assertThat(e.get("reachable").asBoolean()).isTrue());
    JsonNode core = doc.get("budgets").get("github").get("core");
    assertThat(core.get("remaining").asInt()).isEqualTo(4999);
    assertThat(core.get("resetAt").asText()).isEqualTo("2023-08-09T14:29:23Z");
    assertThat(doc.get("budgets").get("redditToken").asText()).isEqualTo("ok");
    assertThat(doc.get("budgets").get("clickhouse").get("lastEventAt").asText())
        .isEqualTo("2026-11-27T23:00:04Z");
    assertThat(doc.get("findings")).isEmpty();
  }

  @Test
  void offlineEveryEndpointIsUnreachableAndTheAnswerComesAtOnce() {
    String closed = CliRunner.NO_CLICKHOUSE;
    CliRunner.Result result =
        withoutSecrets(
            CliRunner.againstStandIn(closed, workspace)
                .env("CURATE_CONFIG_DIR", configDir.toString())
                .env("GH_TOKEN", GH_TOKEN)
                .run("doctor", "--json"));

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode doc = json(result);
    doc.get("endpoints").forEach(e -> assertThat(e.get("reachable").asBoolean()).isFalse());
    assertThat(doc.get("budgets").get("redditToken").asText()).isEqualTo("not-asked");
  }

  /** The one problem line of a run that exits with {@code exit}. */
  private static AbstractStringAssert<?> assertOnlyProblem(CliRunner.Result result, int exit) {
    assertThat(result.exitCode()).as(result.out()).isEqualTo(exit);
    return assertThat(problems(result)).singleElement().asString();
  }

  private static List<String> problems(CliRunner.Result result) {
    return result.out().lines().filter(l -> l.startsWith("problem:")).toList();
  }

  private static JsonNode json(CliRunner.Result result) {
    try {
      return JSON.readTree(result.out());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + result.out() + result.err(), e);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String fixture(String path) throws IOException {
    try (InputStream in = DoctorCommandTest.class.getResourceAsStream("/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
