package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.CalendarMonth;
import dev.curate.store.Store;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * fetch → rank → draft through the real command line against the stand-in for GitHub and Reddit
 * (src/test/resources/stand-in, the same mappings scripts/stand-in serves by hand).
 */
class EndToEndTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final String GH_TOKEN = "ghp_EndToEndSecretToken0123456789";
  private static final String REDDIT_ID = "e2e-client-id-7f3a";
  private static final String REDDIT_SECRET = "e2e-client-secret-9c1d";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path workspace;

  private CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace);
  }

  @Test
  void fetchRankDraftWithPublicRedditListings() throws IOException {
    CliRunner cli = cli().env("GH_TOKEN", GH_TOKEN);

    CliRunner.Result fetch = cli.run("fetch", "--month", "2018-11", "--github-source", "search");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.out()).isEmpty();
    assertThat(fetch.err())
        .contains("github", "reddit:MachineLearning", "reddit:datascience", "kept");
    assertThat(fetch.err()).doesNotContain("Exception", "warning: no GH_TOKEN");

    CliRunner.Result rank = cli.run("rank", "--json");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
    JsonNode shortlist = JSON.readTree(rank.out());
    assertThat(shortlist.get("month").asText()).isEqualTo("2018-11");
    assertThat(names(shortlist.get("repos"), "fullName"))
        .containsExactly(
            "hanxiao/bert-as-service",
            "openai/spinningup",
            "NVIDIA/waveglow",
            "CSAILVision/gandissect",
            "1991viet/QuickDraw");
    JsonNode first = shortlist.get("repos").get(0);
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("url").asText()).isEqualTo("https://github.com/hanxiao/bert-as-service");
    assertThat(first.get("stars").asInt()).isEqualTo(12601);
    assertThat(first.get("createdAt").asText()).isEqualTo("2018-11-12T14:58:21Z");
    assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);

    List<String> threads = names(shortlist.get("threads"), "id");
    assertThat(threads).hasSize(5).startsWith("9xxm3w").contains("9ysmtn", "9symfk");
    // Not ranked: October, December, stickied, NSFW, removed, deleted.
    assertThat(threads).doesNotContain("9sfv8x", "a2c4e6", "9v1wai", "a1b2c3", "9xrm01", "9w8pq2");
    JsonNode tf = find(shortlist.get("threads"), "id", "9ysmtn");
    assertThat(tf.get("url").asText())
        .isEqualTo(
            "https://www.reddit.com/r/MachineLearning/comments/9ysmtn/d_debate_on_tensorflow_20_api/");
    assertThat(tf.get("comments").asInt()).isEqualTo(112);
    assertThat(tf.get("upvotes").asInt()).isEqualTo(287);
    assertThat(tf.get("subreddit").asText()).isEqualTo("MachineLearning");
    JsonNode coverage = shortlist.get("coverage");
    assertThat(coverage.get("github").get("source").asText()).isEqualTo("search");
    assertThat(coverage.get("github").get("repos").asInt()).isEqualTo(9);
    assertThat(coverage.get("github").get("complete").asBoolean()).isTrue();
    // 2018-11 is beyond the top listing's last year: auto read the archive, then Reddit's
    // /api/info.
    assertThat(coverage.get("reddit:MachineLearning").get("source").asText()).isEqualTo("archive");
    assertThat(coverage.get("reddit:MachineLearning").get("posts").asInt()).isEqualTo(7);
    assertThat(coverage.get("reddit:MachineLearning").get("expectedPosts").asInt()).isEqualTo(8);
    assertThat(coverage.get("reddit:MachineLearning").get("read").asInt()).isEqualTo(8);
    assertThat(coverage.get("github").has("read")).isFalse();
    assertThat(coverage.get("reddit:MachineLearning").get("complete").asBoolean()).isTrue();
    assertThat(coverage.get("reddit:datascience").get("source").asText()).isEqualTo("archive");

    CliRunner.Result draft = cli.run("draft", "--output", "-");
    assertThat(draft.exitCode()).as(draft.err()).isZero();
    String md = draft.out();
    assertThat(md.lines().filter(l -> l.startsWith("# ")))
        .containsExactly(
            "# Best Machine Learning GitHub Repositories & Reddit Discussions (November 2018)");
    assertThat(md)
        .contains(
            "https://github.com/openai/spinningup",
            "https://spinningup.openai.com/",
            "https://www.reddit.com/r/datascience/comments/9xxm3w/",
            "EDITOR",
            "- github: 9 repositories via search, complete",
            "- r/MachineLearning: 7 posts from the archive (8 read; the archive counts 8), complete");
    assertThat(fetch.err())
        .contains(
            "r/MachineLearning 2018-11: 7 posts from the archive, complete (8 read; the archive counts 8)");

    CliRunner.Result file = cli.run("draft");
    assertThat(file.exitCode()).as(file.err()).isZero();
    Path written = Path.of(file.out().trim());
    assertThat(written).isEqualTo(workspace.resolve("drafts/2018-11.md"));
    assertThat(Files.readString(written)).startsWith(md.substring(0, 200));

    // Every request carried a User-Agent; Reddit's asked for raw JSON; no OAuth in this mode.
    assertThat(api.getAllServeEvents())
        .allSatisfy(e -> assertThat(e.getRequest().getHeader("User-Agent")).isNotBlank());
    api.verify(0, getRequestedFor(urlPathMatching("/r/.*/top\\.json")));
    api.verify(2, getRequestedFor(urlPathEqualTo("/api/posts/search")));
    api.verify(
        2,
        getRequestedFor(urlPathEqualTo("/api/info.json")).withQueryParam("raw_json", equalTo("1")));
    api.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/access_token")));
    api.verify(
        getRequestedFor(urlPathEqualTo("/search/repositories"))
            .withHeader("Authorization", containing(GH_TOKEN)));
    api.verify(0, getRequestedFor(urlPathEqualTo("/user")));
  }

  @Test
  void aReStructuredTextReadmeIsExcerptedAsProseAndAnHtmlOneIsNeverQuoted() throws IOException {
    // QuickDraw's README answered in GitHub's JSON form (name README.rst, base64 content) with our
    // fixture in the shape of praw-dev/praw's README.rst; the draft once showed its title line
    // "\\#####… PRAW: The Python Reddit API Wrapper \\#####…" as the excerpt. Waveglow's answer
    // is a captive portal's HTML page: it must not be quoted as the README.
    String rst =
        new String(
            getClass().getResourceAsStream("/fixtures/readme/overlined-title.rst").readAllBytes(),
            StandardCharsets.UTF_8);
    api.stubFor(
        get(urlPathEqualTo("/repos/1991viet/QuickDraw/readme"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(readmeJson("1991viet/QuickDraw", "README.rst", rst))));
    api.stubFor(
        get(urlPathEqualTo("/repos/NVIDIA/waveglow/readme"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(
                        "<html><head><title>Hotel WiFi</title></head><body>Please log in to continue</body></html>")));
    CliRunner cli = cli().env("GH_TOKEN", GH_TOKEN);

    CliRunner.Result fetch =
        cli.run("fetch", "--month", "2018-11", "--github-source", "search", "--only", "github");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err())
        .contains(
            "warning: github: skipped 1 README whose answer was not a README"
                + " (NVIDIA/waveglow: expected JSON from GET /repos/NVIDIA/waveglow/readme, got text/html)");
    assertThat(cli.run("rank").exitCode()).isZero();
    String md = cli.run("draft", "--output", "-").out();

    assertThat(md)
        .contains(
            "> PRAW, an acronym for \"Python Reddit API Wrapper\", is a Python package that allows for"
                + " simple access to Reddit's API.")
        .doesNotContain("#####", "\\#", ".. image", "|docs|", "Hotel WiFi", "log in");
  }

  /**
   * GitHub's JSON answer for a README (the shape of hub4j/github-api's AppTest/wiremock/testReadme
   * recording).
   */
  private static String readmeJson(String fullName, String path, String text) {
    String api = "https://api.github.com/repos/" + fullName;
    String content =
        java.util.Base64.getMimeEncoder(60, new byte[] {'\n'})
                .encodeToString(text.getBytes(StandardCharsets.UTF_8))
            + "\n";
    return JSON.createObjectNode()
        .put("name", path)
        .put("path", path)
        .put("sha", "aba4d4a6526eee836f7ec78f9282a8ee3bfb5a25")
        .put("size", text.getBytes(StandardCharsets.UTF_8).length)
        .put("url", api + "/contents/" + path + "?ref=main")
        .put("html_url", "https://github.com/" + fullName + "/blob/main/" + path)
        .put("git_url", api + "/git/blobs/aba4d4a6526eee836f7ec78f9282a8ee3bfb5a25")
        .put("download_url", "https://raw.githubusercontent.com/" + fullName + "/main/" + path)
        .put("type", "file")
        .put("content", content)
        .put("encoding", "base64")
        .toString();
  }

  @Test
  void fetchWithRedditOAuthUsesOneTokenForBothSubreddits() {
    CliRunner.Result fetch =
        cli()
            .env("REDDIT_CLIENT_ID", REDDIT_ID)
            .env("REDDIT_CLIENT_SECRET", REDDIT_SECRET)
            .run("fetch", "--month", "2018-11", "--only", "reddit", "--reddit-source", "api");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err())
        .contains("r/MachineLearning 2018-11: 7 posts via top listing, complete");
    api.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/access_token")));
    api.verify(
        getRequestedFor(urlPathEqualTo("/r/MachineLearning/top"))
            .withHeader("Authorization", equalTo("bearer stand-in-access-token"))
            .withQueryParam("raw_json", equalTo("1")));
    api.verify(getRequestedFor(urlPathEqualTo("/r/datascience/top")));
    api.verify(0, getRequestedFor(urlPathEqualTo("/search/repositories")));

    CliRunner.Result rank = cli().run("rank", "--json");
    assertThat(rank.exitCode()).as(rank.err()).isZero();
    assertThat(rank.out()).contains("\"9xxm3w\"").contains("\"repos\":[]");
  }

  @Test
  void refetchUpdatesFiguresInPlaceWithoutDuplicates() {
    assertThat(cli().run("fetch", "--month", "2018-11", "--only", "github").exitCode()).isZero();
    assertThat(cli().run("fetch", "--month", "2018-11", "--only", "github").exitCode()).isZero();
    try (Store store = Store.open(workspace)) {
      List<String> names =
          store.repos(CalendarMonth.parse("2018-11")).stream().map(r -> r.fullName()).toList();
      assertThat(names)
          .doesNotHaveDuplicates()
          .contains("openai/spinningup")
          .doesNotContain("example-lab/halloween-gan");
    }
  }

  @Test
  void unknownSubredditIsAWarningAndTheOthersComplete() throws IOException {
    Path config = workspace.resolve("curate.yaml");
    Files.writeString(config, "reddit:\n  subreddits: [NoSuchSubreddit, datascience]\n");
    CliRunner.Result fetch =
        cli()
            .run(
                "fetch",
                "--month",
                "2018-11",
                "--only",
                "reddit",
                "--reddit-source",
                "api",
                "--config",
                config.toString());
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.err())
        .contains("warning:")
        .contains("NoSuchSubreddit")
        .contains("r/NoSuchSubreddit 2018-11: 0 posts via top listing, not read\n")
        .contains("r/datascience 2018-11: 2 posts via top listing, complete");
    CliRunner.Result rank = cli().run("rank", "--json", "--config", config.toString());
    assertThat(rank.out()).contains("9xxm3w");
    JsonNode coverage = JSON.readTree(rank.out()).get("coverage");
    assertThat(coverage.get("reddit:NoSuchSubreddit").get("complete").asBoolean()).isFalse();
    assertThat(coverage.get("reddit:datascience").get("complete").asBoolean()).isTrue();
  }

  @Test
  void unreachableGitHubIsOneLineAndExitOne() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    CliRunner.Result fetch =
        cli()
            .env("CURATE_GITHUB_API_URL", "http://127.0.0.1:" + closed)
            .run("fetch", "--month", "2018-11", "--only", "github");
    assertThat(fetch.exitCode()).isEqualTo(1);
    assertThat(lastLine(fetch.err())).startsWith("curate: ").contains("127.0.0.1");
  }

  @Test
  void gitHubServerErrorIsNamedWithHostAndStatus() {
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><title>Unicorn!</title></html>")));
    CliRunner.Result fetch = cli().run("fetch", "--month", "2018-11", "--only", "github");
    assertThat(fetch.exitCode()).as("still down after retries: temporary").isEqualTo(75);
    assertThat(lastLine(fetch.err()))
        .startsWith("curate: ")
        .contains("HTTP 502 from localhost:" + api.getPort());
  }

  @Test
  void doctorOnTheStandInSaysAFetchWouldWork() {
    // The README's "Try it without accounts" runs doctor against the stand-in: every endpoint it
    // asks must be served there, GitHub's /rate_limit included.
    CliRunner.Result doctor =
        cli()
            .env("GH_TOKEN", GH_TOKEN)
            .env("REDDIT_CLIENT_ID", REDDIT_ID)
            .env("REDDIT_CLIENT_SECRET", REDDIT_SECRET)
            .run("doctor");

    assertThat(doctor.exitCode()).as(doctor.out() + doctor.err()).isZero();
    assertThat(doctor.out())
        .contains("core 4,999/5,000 left", "search 30/30 left", "app-only token: ok")
        .contains("A fetch would work");
    assertThat(doctor.out() + doctor.err()).doesNotContain(GH_TOKEN, REDDIT_ID, REDDIT_SECRET);
  }

  @Test
  void rankBeforeFetchSaysWhatToRun() {
    CliRunner.Result rank = cli().run("rank");
    assertThat(rank.exitCode()).isEqualTo(1);
    assertThat(rank.err())
        .isEqualTo(
            "curate: nothing has been fetched in this workspace yet: run 'curate fetch --month YYYY-MM' first\n");
  }

  @Test
  void draftBeforeRankSaysWhatToRun() {
    assertThat(cli().run("fetch", "--month", "2018-11", "--only", "github").exitCode()).isZero();
    CliRunner.Result draft = cli().run("draft");
    assertThat(draft.exitCode()).isEqualTo(1);
    assertThat(draft.err())
        .contains("no shortlist for 2018-11 yet: run 'curate rank --month 2018-11' first");
  }

  @Test
  void credentialsAppearNowhere() throws IOException {
    CliRunner cli =
        cli()
            .env("GH_TOKEN", GH_TOKEN)
            .env("REDDIT_CLIENT_ID", REDDIT_ID)
            .env("REDDIT_CLIENT_SECRET", REDDIT_SECRET);
    List<CliRunner.Result> results = new ArrayList<>();
    results.add(cli.run("fetch", "--month", "2018-11", "-v"));
    results.add(cli.run("rank", "--json", "-v"));
    results.add(cli.run("draft", "-v"));
    api.stubFor(
        get(anyUrl())
            .atPriority(0)
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
    results.add(cli.run("fetch", "--month", "2018-11", "-v"));
    for (CliRunner.Result r : results) {
      assertThat(r.out() + r.err()).doesNotContain(GH_TOKEN, REDDIT_ID, REDDIT_SECRET);
    }
    assertThat(results.get(3).exitCode()).isEqualTo(4);
    try (Stream<Path> files = Files.walk(workspace)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertThat(content).as(f.toString()).doesNotContain(GH_TOKEN, REDDIT_ID, REDDIT_SECRET);
      }
    }
  }

  private static List<String> names(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.get(field).asText())) {
        return n;
      }
    }
    throw new AssertionError(value + " not found in " + array);
  }

  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
