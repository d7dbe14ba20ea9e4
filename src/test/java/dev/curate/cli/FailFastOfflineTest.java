package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failing fast offline (issue 15, point 9): a host that cannot be reached is one line at once,
 * naming the variable that points curate there, with no retry; the archive's failure under {@code
 * reddit.source: auto} is a warning on stderr at once, even when the listing fails after it.
 */
class FailFastOfflineTest {
  private static final String UNKNOWN_HOST_LINE =
      "curate: cannot reach no-such-host.invalid (unknown host): check your network or"
          + " CURATE_GITHUB_API_URL"
          + System.lineSeparator();

  @TempDir Path workspace;

  private CliRunner cli() {
    return new CliRunner()
        .clock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC))
        .env("CURATE_WORKSPACE", workspace.toString())
        .env("GH_TOKEN", "ghp_FailFast0000000000000000000000000000")
        .env("REDDIT_USER_AGENT", "test:dev.curate.failfast:v1 (by /u/curate_tests)");
  }

  private static String closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  /** GitHub's searches alone, from {@code url}: they fail, without a wait to retry. */
  private String searchFailing(String url) {
    CliRunner cli = cli().env("CURATE_GITHUB_API_URL", url);
    CliRunner.Result r =
        cli.run("fetch", "--month", "2018-11", "--only", "github", "--github-source", "search");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(cli.waits()).as("no wait to retry").isEmpty();
    return r.err();
  }

  @Test
  void anUnknownHostIsOneLineAtOnceNamingTheVariable() {
    assertThat(searchFailing("http://no-such-host.invalid")).endsWith(UNKNOWN_HOST_LINE);
  }

  @Test
  void clickHousesFailureUnderAutoIsAWarningAtOnceEvenWhenTheSearchFailsAfterIt() {
    // The runner's ClickHouse is a closed port; github.source auto reads the events first.
    CliRunner.Result r =
        cli()
            .env("CURATE_GITHUB_API_URL", "http://no-such-host.invalid")
            .run("fetch", "--month", "2018-11", "--only", "github", "-q");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("warning: github: GH Archive's star events could not be read (cannot reach")
        .contains("CURATE_CLICKHOUSE_URL); 2018-11 is read by search alone")
        .endsWith(UNKNOWN_HOST_LINE);
  }

  @Test
  void aRefusedConnectionIsOneLineAtOnceNamingTheVariable() throws IOException {
    String closed = closedPort();

    assertThat(searchFailing(closed))
        .contains(
            "curate: cannot reach "
                + closed.substring("http://".length())
                + " (connection refused): check your network or CURATE_GITHUB_API_URL");
  }

  @Test
  void theArchivesFailureIsAWarningAtOnceEvenWhenTheListingFailsAfterIt() throws IOException {
    String archive = closedPort();
    String reddit = closedPort();
    CliRunner cli =
        cli()
            .env("CURATE_REDDIT_ARCHIVE_URL", archive)
            .env("CURATE_REDDIT_URL", reddit)
            .env("CURATE_REDDIT_OAUTH_URL", reddit);

    // 2018-11 is beyond the listing's year: auto reads the archive first. -q: warnings stay.
    CliRunner.Result r = cli.run("-q", "fetch", "--month", "2018-11", "--only", "reddit");

    assertThat(r.exitCode()).isEqualTo(1);
    String warning =
        "warning: r/MachineLearning: the archive failed (cannot reach the Reddit archive at 127.0.0.1"
            + " (connection refused): check your network or CURATE_REDDIT_ARCHIVE_URL);"
            + " reading the top listing instead";
    assertThat(r.err()).contains(warning);
    assertThat(r.err().indexOf(warning))
        .as("the warning comes before the listing's failure")
        .isLessThan(r.err().indexOf("curate: cannot reach 127.0.0.1"));
    assertThat(cli.waits()).isEmpty();
  }
}
