package dev.curate.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, point 8, in-process: when the fetch draws its progress in place and when it prints
 * plain lines. What the rows look like on a real terminal is {@code crash.LiveProgressIT}'s.
 */
class FetchProgressTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final Pattern ROW = Pattern.compile("\u001B\\[2K([^\n\u001B]*)\n");

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
        .env("GH_TOKEN", "ghp_ProgressTestToken1234567890abcdef")
        .env("COLUMNS", "80");
  }

  @Test
  void onATerminalTheFetchDrawsARowPerSourceThatEndsOnWhatWasSaved() {
    CliRunner.Result r = cli().stderrTerminal(true).run("fetch", "--month", "2018-11");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    List<String> rows = ROW.matcher(r.err()).results().map(m -> m.group(1)).toList();
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.length()).isLessThan(80));
    // The last frame: one row per source, each saying what was saved.
    assertThat(rows.subList(rows.size() - 3, rows.size()))
        .satisfiesExactly(
            row -> assertThat(row).startsWith("github ").contains("| saved ", "repositories"),
            row -> assertThat(row).startsWith("r/MachineLearning ").contains("| saved "),
            row -> assertThat(row).startsWith("r/datascience ").contains("| saved "));
    // The summary comes after the rows, in plain lines.
    String afterRows = r.err().substring(r.err().lastIndexOf('\u001B'));
    assertThat(afterRows).contains("Fetched 2018-11 into");
  }

  @Test
  void theRowsCountTheRequestsTheSummaryCounts() {
    CliRunner.Result r =
        cli().stderrTerminal(true).run("fetch", "--month", "2018-11", "--only", "github");

    List<String> rows = ROW.matcher(r.err()).results().map(m -> m.group(1)).toList();
    Matcher live = Pattern.compile("^github\\s+(\\d+) requests").matcher(rows.get(rows.size() - 1));
    Matcher summary = Pattern.compile("(?m)^github\\s+(\\d+) requests").matcher(r.err());
    assertThat(live.find()).isTrue();
    assertThat(summary.find()).isTrue();
    assertThat(live.group(1)).isEqualTo(summary.group(1)).isNotEqualTo("0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a terminal", "NO_COLOR", "TERM=dumb", "-q", "-v"})
  void progressIsPlainLinesWithoutEscapesUnlessDrawnOnATerminal(String why) {
    CliRunner runner = cli().stderrTerminal(!why.equals("not a terminal"));
    if (why.equals("NO_COLOR")) {
      runner.env("NO_COLOR", "1");
    } else if (why.equals("TERM=dumb")) {
      runner.env("TERM", "dumb");
    }
    CliRunner.Result r =
        why.startsWith("-")
            ? runner.run("fetch", "--month", "2018-11", "--only", "github", why)
            : runner.run("fetch", "--month", "2018-11", "--only", "github");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("\u001B", "\r");
    if (!why.equals("-q")) {
      assertThat(r.err()).contains("github: searching 2018-11 with ");
    }
  }
}
