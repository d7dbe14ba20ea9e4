package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The secrets scan: for every way a fetch can end that the CLI can reach, with and without {@code
 * -v}, no credential (the values from the environment, {@code CLICKHOUSE_PASSWORD} among them, the
 * Basic form of Reddit's pair, the OAuth access token Reddit issued) appears in stdout, stderr or
 * any byte of any file the run left in the workspace (database, WAL, HTTP cache, drafts). A fetch
 * that succeeds is followed by {@code rank --json} and {@code draft}, whose output is scanned too.
 * Each case also asserts its exit code, so a case that silently stopped reaching its failure would
 * show.
 *
 * <p>The echo cases are answers that carry a credential back: a server or proxy reflecting the
 * request's headers, a redirect naming it, a repository whose description holds it, a Reddit
 * listing quoting the bearer token, ClickHouse's rows or its refusal quoting the password. Their
 * shapes: GitHub's search answer and headers as in hub4j/github-api's recordings under {@code
 * src/test/resources/org/kohsuke/github/} ({@code
 * GHRepositoryTest/wiremock/searchRepositories/mappings/2-search_repositories.json}: the 200 with
 * {@code X-RateLimit-*}, {@code Vary}, {@code Link}); Reddit's token answer and an OAuth listing as
 * in PRAW's cassette {@code tests/integration/cassettes/TestSubredditListings.test_top.json}
 * ({@code access_token}, {@code token_type: bearer}, {@code expires_in}, {@code scope}; the listing
 * from oauth.reddit.com with {@code cache-control: max-age=0, must-revalidate}).
 */
class SecretsScanTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  static final String GH_TOKEN = "ghp_SecretsScanTokenZ9y8X7w6V5u4T3s2";
  static final String CLIENT_ID = "scan-client-id-Q1w2E3r4";
  static final String CLIENT_SECRET = "scan-client-secret-P0o9I8u7Y6";

  /** What an echo of the token request's {@code Authorization: Basic …} would carry. */
  static final String BASIC =
      Base64.getEncoder()
          .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));

  /** Shaped like the access tokens in PRAW's cassettes ({@code -pmg6XIAkTln_mG-yhKh1hy3UC64}). */
  static final String ACCESS_TOKEN = "-scanAccessTok9_mG-yhKh1hy3UC64";

  /** The stand-in's own token, issued in every other case. */
  static final String STAND_IN_ACCESS_TOKEN = "stand-in-access-token";

  static final String CLICKHOUSE_PASSWORD = "ch-scan-Pa55word-K7j6H5g4";

  static final String[] SECRETS = {
    GH_TOKEN,
    CLIENT_ID,
    CLIENT_SECRET,
    BASIC,
    ACCESS_TOKEN,
    STAND_IN_ACCESS_TOKEN,
    CLICKHOUSE_PASSWORD
  };
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path workspace;

  /** A failure mode: what to stub, what to run, and the exit code it must end with. */
  record Case(
      String name,
      Consumer<WireMockExtension> stub,
      List<String> args,
      int exit,
      boolean refusedGitHub) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    List<Case> cases =
        List.of(
            new Case("success", s -> {}, List.of(), 0, false),
            new Case(
                "GitHub 401",
                s ->
                    s.stubFor(
                        get(urlPathEqualTo("/search/repositories"))
                            .atPriority(0)
                            .willReturn(
                                aResponse()
                                    .withStatus(401)
                                    .withHeader("Content-Type", "application/json")
                                    .withBody(
                                        "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}"))),
                List.of("--only", "github"),
                4,
                false),
            new Case(
                "GitHub 403 primary limit beyond --max-wait",
                s ->
                    s.stubFor(
                        get(urlPathEqualTo("/search/repositories"))
                            .atPriority(0)
                            .willReturn(
                                aResponse()
                                    .withStatus(403)
                                    .withHeader("Content-Type", "application/json")
                                    .withHeader("x-ratelimit-remaining", "0")
                                    .withHeader("x-ratelimit-resource", "search")
                                    .withHeader(
                                        "x-ratelimit-reset",
                                        "{{now offset='40 minutes' format='unix'}}")
                                    .withBody("{\"message\":\"API rate limit exceeded\"}")
                                    .withTransformers("response-template"))),
                List.of("--only", "github", "--max-wait", "5m"),
                75,
                false),
            new Case(
                "Reddit token 401",
                s ->
                    s.stubFor(
                        post(urlPathEqualTo("/api/v1/access_token"))
                            .atPriority(0)
                            .willReturn(
                                aResponse()
                                    .withStatus(401)
                                    .withHeader("Content-Type", "application/json")
                                    .withBody("{\"message\": \"Unauthorized\", \"error\": 401}"))),
                List.of("--only", "reddit"),
                4,
                false),
            new Case(
                "Reddit 429 persisting",
                s ->
                    s.stubFor(
                        get(urlPathMatching("/r/.*/top"))
                            .atPriority(0)
                            .willReturn(
                                aResponse()
                                    .withStatus(429)
                                    .withHeader("Content-Type", "application/json")
                                    .withHeader("Retry-After", "2")
                                    .withBody(
                                        "{\"message\": \"Too Many Requests\", \"error\": 429}"))),
                List.of("--only", "reddit", "--reddit-source", "api"),
                75,
                false),
            new Case(
                "502 forever",
                s ->
                    s.stubFor(
                        get(urlPathEqualTo("/search/repositories"))
                            .atPriority(0)
                            .willReturn(
                                aResponse()
                                    .withStatus(502)
                                    .withHeader("Content-Type", "text/html")
                                    .withBody("<html><title>Unicorn!</title></html>"))),
                List.of("--only", "github"),
                75,
                false),
            // A portal that echoes the request back, credentials included: the message quotes the
            // body.
            new Case(
                "HTML body echoing the token",
                s ->
                    s.stubFor(
                        get(urlPathEqualTo("/search/repositories"))
                            .atPriority(0)
                            .willReturn(
                                aResponse()
                                    .withStatus(200)
                                    .withHeader("Content-Type", "text/html")
                                    .withBody(
                                        "<html>Sign in. Your header: token "
                                            + GH_TOKEN
                                            + "</html>"))),
                List.of("--only", "github"),
                1,
                false),
            new Case(
                "malformed JSON",
                s ->
                    s.stubFor(
                        get(urlPathEqualTo("/search/repositories"))
                            .atPriority(0)
                            .willReturn(
                                aResponse()
                                    .withStatus(200)
                                    .withHeader("Content-Type", "application/json")
                                    .withBody("{\"total_count\": 3, \"items\": [{\"id\": 1,"))),
                List.of("--only", "github"),
                1,
                false),
            new Case("connection refused", s -> {}, List.of("--only", "github"), 1, true),
            // A README endpoint answering with a page that reflects the request headers: a 200, so
            // it is read as the README and, before issue 11, cached and stored as it came.
            new Case(
                "README as an HTML 200 echoing Authorization",
                s ->
                    s.stubFor(
                        get(urlPathEqualTo("/repos/openai/spinningup/readme"))
                            .atPriority(0)
                            .willReturn(
                                aResponse()
                                    .withStatus(200)
                                    .withHeader("Content-Type", "text/html; charset=utf-8")
                                    .withBody(
                                        "<html><body><h1>Your request</h1><pre>GET /repos/openai/spinningup/readme\n"
                                            + "Authorization: token "
                                            + GH_TOKEN
                                            + "\nUser-Agent: curate</pre></body></html>"))),
                List.of("--only", "github"),
                0,
                false),
            // Every search is moved to a URL that names the token; OkHttp follows redirects itself.
            new Case(
                "redirect whose Location carries the token",
                s -> {
                  s.stubFor(
                      get(urlPathEqualTo("/search/repositories"))
                          .atPriority(0)
                          .willReturn(
                              aResponse()
                                  .withStatus(301)
                                  .withHeader(
                                      "Location",
                                      "{{request.baseUrl}}/moved/"
                                          + GH_TOKEN
                                          + "/search/repositories?q={{urlEncode request.query.q}}&access_token="
                                          + GH_TOKEN)
                                  .withHeader("Cache-Control", "public, max-age=3600")
                                  .withTransformers("response-template")));
                  s.stubFor(
                      get(urlPathMatching("/moved/.*"))
                          .atPriority(0)
                          .willReturn(
                              aResponse()
                                  .withStatus(200)
                                  .withHeader("Content-Type", "application/json; charset=utf-8")
                                  .withHeader("ETag", "W/\"0f1e2d\"")
                                  .withBodyFile("github-search-empty.json")));
                },
                List.of("--only", "github"),
                0,
                false),
            new Case(
                "repository description holding the token",
                s ->
                    s.stubFor(
                        get(urlPathEqualTo("/search/repositories"))
                            .withQueryParam("q", containing("topic:machine-learning"))
                            .atPriority(0)
                            .willReturn(
                                aResponse()
                                    .withStatus(200)
                                    .withHeader("Content-Type", "application/json; charset=utf-8")
                                    .withHeader("ETag", "W/\"5d1a8b2f\"")
                                    .withHeader("x-ratelimit-resource", "search")
                                    .withBody(
                                        searchPageWithDescription(
                                            "Mapping sentences to vectors. CI uses token "
                                                + GH_TOKEN)))),
                List.of("--only", "github"),
                0,
                false),
            new Case(
                "Reddit listing echoing the OAuth access token",
                SecretsScanTest::redditEchoingItsToken,
                List.of("--only", "reddit", "--reddit-source", "api"),
                0,
                false),
            new Case(
                "ClickHouse rows echoing its password",
                s ->
                    s.stubFor(
                        post(urlPathEqualTo("/"))
                            .atPriority(0)
                            .withRequestBody(containing("AS stars"))
                            .willReturn(
                                aResponse()
                                    .withStatus(200)
                                    .withHeader(
                                        "Content-Type", "application/x-ndjson; charset=UTF-8")
                                    .withHeader("X-ClickHouse-Format", "JSONEachRow")
                                    .withBody(
                                        "{\"repo_name\":\"example-ml\\/"
                                            + CLICKHOUSE_PASSWORD
                                            + "\",\"stars\":\"900\",\"stars_1\":\"1\","
                                            + "\"stars_2\":\"1\",\"stars_3\":\"1\"}\n"))),
                List.of("--only", "github"),
                0,
                false),
            new Case(
                "ClickHouse 403 echoing its password, auto",
                SecretsScanTest::clickHouseRefusingAndEchoingThePassword,
                List.of("--only", "github"),
                0,
                false),
            new Case(
                "ClickHouse 403 echoing its password, events",
                SecretsScanTest::clickHouseRefusingAndEchoingThePassword,
                List.of("--only", "github", "--github-source", "events"),
                4,
                false));
    List<Arguments> all = new ArrayList<>();
    for (Case c : cases) {
      all.add(Arguments.of(c, false));
      all.add(Arguments.of(c, true));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}, verbose {1}")
  @MethodSource("cases")
  void noCredentialValueAppearsAnywhere(Case c, boolean verbose) throws IOException {
    c.stub().accept(api);
    String github = c.refusedGitHub() ? "http://127.0.0.1:" + closedPort() : api.baseUrl();
    CliRunner cli =
        new CliRunner()
            .env("CURATE_GITHUB_API_URL", github)
            .env("CURATE_REDDIT_URL", api.baseUrl())
            .env("CURATE_REDDIT_ARCHIVE_URL", api.baseUrl())
            .env("CURATE_REDDIT_OAUTH_URL", api.baseUrl())
            .env("CURATE_CLICKHOUSE_URL", api.baseUrl())
            .env("CLICKHOUSE_PASSWORD", CLICKHOUSE_PASSWORD)
            .env("CURATE_WORKSPACE", workspace.toString())
            .env("CURATE_CONFIG_DIR", workspace.resolve("no-config").toString())
            .env("GH_TOKEN", GH_TOKEN)
            .env("REDDIT_CLIENT_ID", CLIENT_ID)
            .env("REDDIT_CLIENT_SECRET", CLIENT_SECRET);
    List<String> args = new ArrayList<>(List.of("fetch", "--month", "2018-11"));
    args.addAll(c.args());
    if (verbose) {
      args.add("-v");
    }

    CliRunner.Result r = cli.run(args.toArray(String[]::new));

    assertThat(r.exitCode()).as(r.err()).isEqualTo(c.exit());
    if (verbose) {
      assertThat(r.err()).as("-v logs requests").contains("debug: ");
    }
    List<CliRunner.Result> runs = new ArrayList<>(List.of(r));
    if (c.exit() == 0) {
      CliRunner.Result rank =
          cli.run(
              verbose ? new String[] {"rank", "--json", "-v"} : new String[] {"rank", "--json"});
      assertThat(rank.exitCode()).as(rank.err()).isZero();
      CliRunner.Result draft =
          cli.run(verbose ? new String[] {"draft", "-v"} : new String[] {"draft"});
      assertThat(draft.exitCode()).as(draft.err()).isZero();
      runs.add(rank);
      runs.add(draft);
    }
    for (CliRunner.Result run : runs) {
      assertThat(run.out()).doesNotContain(SECRETS);
      assertThat(run.err()).doesNotContain(SECRETS);
    }
    List<Path> files = filesIn(workspace);
    if (c.exit() == 0) {
      assertThat(files)
          .as("a successful fetch leaves its database and a draft behind to scan")
          .anyMatch(f -> f.getFileName().toString().equals("curate.db"))
          .anyMatch(f -> f.getFileName().toString().equals("2018-11.md"));
    }
    for (Path f : files) {
      // Bytes as ISO-8859-1: every byte maps to one char, so nothing is lost to decoding.
      String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      assertThat(bytes).as(f.toString()).doesNotContain(SECRETS);
    }
  }

  /**
   * ClickHouse refusing the account, its message quoting the password it was sent: the 403 and
   * {@code X-ClickHouse-Exception-Code: 516} of fixtures/clickhouse/README.md, the text of
   * authentication-failed.txt with the password put in.
   */
  private static void clickHouseRefusingAndEchoingThePassword(WireMockExtension s) {
    s.stubFor(
        post(urlPathEqualTo("/"))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "text/plain; charset=UTF-8")
                    .withHeader("X-ClickHouse-Exception-Code", "516")
                    .withBody(
                        "Code: 516. DB::Exception: play: Authentication failed: password "
                            + CLICKHOUSE_PASSWORD
                            + " is incorrect, or there is no user with such name."
                            + " (AUTHENTICATION_FAILED) (version 25.10.1.3832 (official build))\n")));
  }

  /**
   * The stand-in's first machine-learning search page, its top repository's description replaced.
   */
  private static String searchPageWithDescription(String description) {
    try {
      ObjectNode page =
          (ObjectNode) JSON.readTree(standInFile("github-search-machine-learning-p1.json"));
      ((ObjectNode) page.get("items").get(0)).put("description", description);
      page.put("total_count", page.get("items").size());
      return JSON.writeValueAsString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reddit issues {@link #ACCESS_TOKEN}, then its r/MachineLearning listing quotes it in the top
   * post's title, text and link (a page reflecting the request, a bot posting what it was sent).
   */
  private static void redditEchoingItsToken(WireMockExtension s) {
    String bearer = "bearer " + ACCESS_TOKEN;
    s.stubFor(
        post(urlPathEqualTo("/api/v1/access_token"))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withHeader("cache-control", "max-age=0, must-revalidate")
                    .withBody(
                        "{\"access_token\": \""
                            + ACCESS_TOKEN
                            + "\", \"token_type\": \"bearer\", "
                            + "\"expires_in\": 86400, \"scope\": \"*\"}")));
    String page;
    try {
      ObjectNode listing =
          (ObjectNode) JSON.readTree(standInFile("reddit-MachineLearning-top-p1.json"));
      ObjectNode top = (ObjectNode) listing.get("data").get("children").get(0).get("data");
      top.put("title", top.get("title").asText() + " (sent with " + bearer + ")");
      top.put(
          "selftext",
          "Your request carried Authorization: " + bearer + "\n\n" + top.get("selftext").asText());
      page = JSON.writeValueAsString(listing);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    s.stubFor(
        get(urlPathEqualTo("/r/MachineLearning/top"))
            .withQueryParam("after", absent())
            .withHeader("Authorization", equalTo(bearer))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withHeader("x-ratelimit-remaining", "598.0")
                    .withHeader("x-ratelimit-used", "2")
                    .withHeader("x-ratelimit-reset", "412")
                    .withHeader("cache-control", "max-age=0, must-revalidate")
                    .withHeader("Vary", "accept-encoding")
                    .withBody(page)));
    s.stubFor(
        get(urlPathEqualTo("/r/MachineLearning/top"))
            .withQueryParam("after", equalTo("t3_9v1wai"))
            .withHeader("Authorization", equalTo(bearer))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBodyFile("reddit-MachineLearning-top-p2.json")));
    s.stubFor(
        get(urlPathEqualTo("/r/datascience/top"))
            .withHeader("Authorization", equalTo(bearer))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBodyFile("reddit-datascience-top-p1.json")));
    s.stubFor(
        get(urlPathMatching("/comments/[a-z0-9]+"))
            .withHeader("Authorization", equalTo(bearer))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBodyFile("reddit-comments-9ysmtn.json")));
  }

  private static String standInFile(String name) {
    try (InputStream in = SecretsScanTest.class.getResourceAsStream("/stand-in/__files/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
