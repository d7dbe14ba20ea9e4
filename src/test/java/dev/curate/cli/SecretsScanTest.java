package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The secrets scan: for every way a fetch can end that the CLI can reach, with and without
 * {@code -v}, none of the three credential values appears in stdout, stderr or any byte of any
 * file the run left in the workspace (database, WAL, HTTP cache). Each case also asserts its
 * exit code, so a case that silently stopped reaching its failure would show.
 */
class SecretsScanTest {
  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
      .build();

  static final String GH_TOKEN = "ghp_SecretsScanTokenZ9y8X7w6V5u4T3s2";
  static final String CLIENT_ID = "scan-client-id-Q1w2E3r4";
  static final String CLIENT_SECRET = "scan-client-secret-P0o9I8u7Y6";

  @TempDir Path workspace;

  /** A failure mode: what to stub, what to run, and the exit code it must end with. */
  record Case(String name, Consumer<WireMockExtension> stub, List<String> args, int exit, boolean refusedGitHub) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    List<Case> cases = List.of(
        new Case("success", s -> {}, List.of(), 0, false),
        new Case("GitHub 401", s -> s.stubFor(get(urlPathEqualTo("/search/repositories")).atPriority(0)
            .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}"))),
            List.of("--only", "github"), 4, false),
        new Case("GitHub 403 primary limit beyond --max-wait", s -> s.stubFor(get(urlPathEqualTo("/search/repositories"))
            .atPriority(0).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-resource", "search")
                .withHeader("x-ratelimit-reset", "{{now offset='40 minutes' format='unix'}}")
                .withBody("{\"message\":\"API rate limit exceeded\"}").withTransformers("response-template"))),
            List.of("--only", "github", "--max-wait", "5m"), 75, false),
        new Case("Reddit token 401", s -> s.stubFor(post(urlPathEqualTo("/api/v1/access_token")).atPriority(0)
            .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"message\": \"Unauthorized\", \"error\": 401}"))),
            List.of("--only", "reddit"), 4, false),
        new Case("Reddit 429 persisting", s -> s.stubFor(get(urlPathMatching("/r/.*/top")).atPriority(0)
            .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withHeader("Retry-After", "2").withBody("{\"message\": \"Too Many Requests\", \"error\": 429}"))),
            List.of("--only", "reddit", "--reddit-source", "api"), 75, false),
        new Case("502 forever", s -> s.stubFor(get(urlPathEqualTo("/search/repositories")).atPriority(0)
            .willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><title>Unicorn!</title></html>"))),
            List.of("--only", "github"), 75, false),
        // A portal that echoes the request back, credentials included: the message quotes the body.
        new Case("HTML body echoing the token", s -> s.stubFor(get(urlPathEqualTo("/search/repositories")).atPriority(0)
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html>Sign in. Your header: token " + GH_TOKEN + "</html>"))),
            List.of("--only", "github"), 1, false),
        new Case("malformed JSON", s -> s.stubFor(get(urlPathEqualTo("/search/repositories")).atPriority(0)
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"total_count\": 3, \"items\": [{\"id\": 1,"))),
            List.of("--only", "github"), 1, false),
        new Case("connection refused", s -> {}, List.of("--only", "github"), 1, true));
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
    CliRunner cli = new CliRunner()
        .env("CURATE_GITHUB_API_URL", github)
        .env("CURATE_REDDIT_URL", api.baseUrl())
        .env("CURATE_REDDIT_ARCHIVE_URL", api.baseUrl())
        .env("CURATE_REDDIT_OAUTH_URL", api.baseUrl())
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
    assertThat(r.out()).doesNotContain(GH_TOKEN, CLIENT_ID, CLIENT_SECRET);
    assertThat(r.err()).doesNotContain(GH_TOKEN, CLIENT_ID, CLIENT_SECRET);
    List<Path> files = filesIn(workspace);
    if (c.exit() == 0) {
      assertThat(files).as("a successful fetch leaves its database behind to scan")
          .anyMatch(f -> f.getFileName().toString().equals("curate.db"));
    }
    for (Path f : files) {
      // Bytes as ISO-8859-1: every byte maps to one char, so nothing is lost to decoding.
      String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      assertThat(bytes).as(f.toString()).doesNotContain(GH_TOKEN, CLIENT_ID, CLIENT_SECRET);
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
