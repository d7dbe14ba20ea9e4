package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's hostile answers through the real command line: each ends with one line on stderr (no
 * stack trace), its documented exit code, and the earlier fetch intact. The answers keep the real
 * shapes of the stand-in (GitHub's search page and headers as in hub4j/github-api's recording
 * {@code GHRepositoryTest/wiremock/searchRepositories/mappings/2-search_repositories.json};
 * Reddit's listing headers as in PRAW's cassette {@code TestSubredditListings.test_top.json}).
 */
class HostileAnswersTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  @TempDir Path workspace;

  private CliRunner cli() throws IOException {
    Path config = workspace.resolve("config");
    Files.createDirectories(config);
    Files.writeString(config.resolve("curate.yaml"), "http:\n  maxBodySize: 1MB\n");
    return new CliRunner()
        .clock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC))
        .env("CURATE_GITHUB_API_URL", api.baseUrl())
        .env("CURATE_REDDIT_URL", api.baseUrl())
        .env("CURATE_REDDIT_ARCHIVE_URL", api.baseUrl())
        .env("CURATE_REDDIT_OAUTH_URL", api.baseUrl())
        .env("CURATE_WORKSPACE", workspace.resolve("ws").toString())
        .env("CURATE_CONFIG_DIR", config.toString())
        .env("GH_TOKEN", "ghp_HostileAnswersToken0123456789abcdef");
  }

  private static List<String> errorLines(CliRunner.Result r) {
    return r.err().lines().filter(l -> l.startsWith("curate: ")).toList();
  }

  private static String standInFile(String name) throws IOException {
    try (InputStream in =
        HostileAnswersTest.class.getResourceAsStream("/stand-in/__files/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void anAnswerPastMaxBodySizeIsOneLineExitOneAndTheEarlierFetchStays() throws IOException {
    CliRunner cli = cli();
    assertThat(cli.run("fetch", "--month", "2018-11", "--only", "github").exitCode()).isZero();
    // The stand-in's first search page, its top description 8 MB of spaces: 8 KB gzipped.
    ObjectNode page =
        (ObjectNode)
            new ObjectMapper().readTree(standInFile("github-search-machine-learning-p1.json"));
    ((ObjectNode) page.get("items").get(0)).put("description", " ".repeat(8 << 20));
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(gzipped)) {
      gz.write(page.toString().getBytes(StandardCharsets.UTF_8));
    }
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withHeader("Content-Encoding", "gzip")
                    .withHeader("x-ratelimit-limit", "30")
                    .withHeader("x-ratelimit-remaining", "28")
                    .withHeader("x-ratelimit-resource", "search")
                    .withBody(gzipped.toByteArray())));

    CliRunner.Result again = cli.run("fetch", "--month", "2018-11", "--only", "github");

    assertThat(again.exitCode()).as(again.err()).isEqualTo(1);
    assertThat(errorLines(again))
        .containsExactly(
            "curate: the answer to GET /search/repositories from localhost:"
                + api.getPort()
                + " is larger than http.maxBodySize (1MB) once decompressed; curate stopped reading it"
                + " there: raise http.maxBodySize if such an answer is genuine");
    assertThat(again.err()).doesNotContain("\tat ", "OutOfMemoryError", "Exception");
    CliRunner.Result rank = cli.run("rank", "--json");
    assertThat(rank.out()).as("the first fetch is still there").contains("hanxiao/bert-as-service");
  }

  @Test
  void aRedditResetPastItsWindowIsOneLineExit75NotAnOverflowedWait() throws IOException {
    api.stubFor(
        get(urlPathEqualTo("/r/MachineLearning/top.json"))
            .withQueryParam("after", absent())
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withHeader("x-ratelimit-remaining", "0.0")
                    .withHeader("x-ratelimit-used", "100")
                    .withHeader("x-ratelimit-reset", "1e20")
                    .withBodyFile("reddit-MachineLearning-top-p1.json")));

    CliRunner.Result r =
        cli().run("fetch", "--month", "2018-11", "--only", "reddit", "--reddit-source", "api");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(75);
    assertThat(errorLines(r))
        .singleElement()
        .asString()
        .contains("asks for a wait of 600 s", "X-Ratelimit-Reset '1e20' is unusable")
        .doesNotContain("-9223372036854774");
    assertThat(r.err()).doesNotContain("\tat ");
  }
}
