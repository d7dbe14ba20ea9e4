package dev.curate.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search answer whose {@code Link: rel="next"} names another host: the fetch stops with one line
 * naming that host, exit 1, and the token never reaches it (github-api would have sent {@code
 * Authorization: token …} with the request for the next page).
 */
class ForeignLinkTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  @RegisterExtension
  static WireMockExtension foreign =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String GH_TOKEN = "ghp_ForeignLinkTokenA1b2C3d4E5f6G7h8";

  @TempDir Path workspace;

  @Test
  void aNextPageOnAnotherHostEndsTheFetchWithOneLineAndTheTokenStaysHome() throws IOException {
    String page1 =
        new String(
            getClass().getResourceAsStream("/fixtures/github/search-page-1.json").readAllBytes(),
            StandardCharsets.UTF_8);
    String next = foreign.baseUrl() + "/search/repositories?q=topic%3Anlp&page=2";
    api.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withHeader(
                        "Link",
                        "<"
                            + next
                            + ">; rel=\"next\", <"
                            + next.replace("page=2", "page=3")
                            + ">; rel=\"last\"")
                    .withBody(page1)));
    foreign.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"total_count\":0,\"items\":[]}")));

    CliRunner.Result r =
        CliRunner.againstStandIn(api.baseUrl(), workspace)
            .env("GH_TOKEN", GH_TOKEN)
            .run("fetch", "--month", "2018-11", "--only", "github");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    String lastLine = r.err().strip().lines().reduce((a, b) -> b).orElse("");
    assertThat(lastLine)
        .startsWith("curate: ")
        .contains("localhost:" + foreign.getPort())
        .contains("outside the configured");
    assertThat(foreign.getAllServeEvents()).isEmpty();
    assertThat(r.err()).doesNotContain(GH_TOKEN);
    try (var files = Files.walk(workspace)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
            .doesNotContain(GH_TOKEN);
      }
    }
  }
}
