package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliUsageTest {
  @TempDir Path workspace;

  private final CliRunner cli =
      new CliRunner().clock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

  private void assertUsageError(CliRunner.Result r, String expected) {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("curate: ").contains(expected);
    assertThat(r.err().lines().count()).isLessThanOrEqualTo(3);
  }

  @Test
  void monthThirteenIsAUsageError() {
    assertUsageError(
        cli.run("fetch", "--month", "2018-13", "--workspace", workspace.toString()), "01 to 12");
  }

  @Test
  void aWordIsNotAMonth() {
    assertUsageError(cli.run("rank", "--month", "foo"), "'foo' is not a month: use YYYY-MM");
  }

  @Test
  void aMonthThatHasNotBegunIsAUsageError() {
    assertUsageError(cli.run("fetch", "--month", "2026-12"), "2026-12 has not begun yet");
  }

  @Test
  void aMonthBeforeGitHubBeganIsAUsageErrorForEveryCommandThatTakesOne() {
    String line = "'0000-01' is before GitHub began (2008-01): pick 2008-01 or later";
    assertUsageError(
        cli.run("fetch", "--month", "0000-01", "--workspace", workspace.toString()), line);
    assertUsageError(
        cli.run("publish", "--month", "0000-01", "--workspace", workspace.toString()), line);
    assertUsageError(
        cli.run("rank", "--month", "2007-12", "--workspace", workspace.toString()),
        "before GitHub began");
    assertUsageError(
        cli.run(
            "draft", "--month", "0000-01", "--output", "-", "--workspace", workspace.toString()),
        line);
    assertThat(workspace).isEmptyDirectory();
  }

  @Test
  void theCurrentMonthIsAllowed() {
    // It parses; the fetch itself fails later for want of a reachable server, not for the month.
    CliRunner.Result r =
        cli.env("CURATE_GITHUB_API_URL", "http://127.0.0.1:1")
            .run(
                "fetch",
                "--month",
                "2026-11",
                "--only",
                "github",
                "--workspace",
                workspace.toString());
    assertThat(r.err()).doesNotContain("has not begun");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertUsageError(cli.run("fetch", "--month", "2018-11", "--frobnicate"), "--frobnicate");
  }

  @Test
  void unknownCommandSuggestsTheNearestOne() {
    CliRunner.Result r = cli.run("fecth");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("fetch");
  }

  @Test
  void fetchWithoutMonthIsAUsageError() {
    assertUsageError(cli.run("fetch"), "--month");
  }

  @Test
  void everyCommandTakesTheMonthTheSameWayRequiredWhereItMustBeNamed() {
    for (String command : new String[] {"fetch", "publish"}) {
      assertThat(cli.run(command, "--help").out())
          .containsPattern("--month=YYYY-MM +The month to " + command + "\\.");
      assertUsageError(
          cli.run(command, "--workspace", workspace.toString()),
          "Missing required option: '--month=YYYY-MM'");
    }
    for (String command : new String[] {"rank", "pick", "drop", "note", "draft"}) {
      assertThat(cli.run(command, "--help").out())
          .contains("[--month=YYYY-MM]")
          .containsPattern(
              "--month=YYYY-MM +The month \\(default: the one fetched most recently\\)\\.");
    }
  }

  @Test
  void badOnlyValueListsTheChoices() {
    assertUsageError(cli.run("fetch", "--month", "2018-11", "--only", "twitter"), "github, reddit");
  }

  @Test
  void negativeShortlistSizeIsAUsageError() {
    assertUsageError(
        cli.run("rank", "--repos", "-1", "--workspace", workspace.toString()),
        "--repos must be between 0 and 100");
  }

  @Test
  void helpListsCommandsExitCodesAndEnvironment() {
    CliRunner.Result r = cli.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "fetch",
            "rank",
            "draft",
            "Exit codes:",
            "75",
            "GH_TOKEN",
            "CURATE_GITHUB_API_URL",
            "CURATE_CLICKHOUSE_URL",
            "CLICKHOUSE_USER, CLICKHOUSE_PASSWORD");
  }

  @Test
  void fetchsHelpNamesGitHubsSourcesAndTheHourFiles() {
    CliRunner.Result r = cli.run("fetch", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "--github-source=search|events|auto",
            "--gharchive=FILE|DIR",
            "search",
            "events",
            "auto");
  }

  @Test
  void anUnknownGitHubSourceIsAUsageErrorNamingTheChoices() {
    CliRunner.Result r = cli.run("fetch", "--month", "2018-11", "--github-source", "bigquery");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bigquery").contains("search, events, auto");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command :
        new String[] {"fetch", "rank", "pick", "drop", "note", "draft", "publish"}) {
      CliRunner.Result r = cli.run(command, "--help");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("Usage: curate " + command, "--workspace", "Example:");
    }
  }

  @Test
  void versionPrintsTheProjectVersion() {
    CliRunner.Result r = cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("curate ").doesNotContain("unknown");
  }

  @Test
  void noCommandPrintsUsageAndIsAUsageError() {
    CliRunner.Result r = cli.run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: curate");
  }

  @Test
  void badConfigFileIsOneLineNamingFileAndKey() throws Exception {
    Path config = workspace.resolve("bad.yaml");
    java.nio.file.Files.writeString(config, "shortlist:\n  repos: -3\n");
    CliRunner.Result r =
        cli.run("rank", "--config", config.toString(), "--workspace", workspace.toString());
    assertUsageError(
        r, "config file " + config + ": key 'shortlist.repos' must be between 0 and 100, got -3");
  }

  @Test
  void aDeviceAsTheConfigFileIsOneLineAndTouchesNothing() {
    // Reading /dev/zero as a configuration ran out of memory with a stack trace.
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(Path.of("/dev/zero")));
    Path ws = workspace.resolve("ws");
    CliRunner.Result r =
        cli.run("draft", "--output", "-", "--config", "/dev/zero", "--workspace", ws.toString());
    assertUsageError(
        r,
        "config file /dev/zero is a character device, not a regular file: point --config at a YAML file");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(ws).doesNotExist();
  }

  @Test
  void controlCharactersInWhatTheUserGaveAreShownEscapedOnOneLine() throws Exception {
    // A month or a config value quoted in the error line must not split it or drive the terminal.
    CliRunner.Result month = cli.run("rank", "--month", "\u001b[31m2018-11");
    assertUsageError(
        month,
        "curate: Invalid value for option '--month': '\\x1b[31m2018-11' is not a month: use YYYY-MM");
    assertThat(month.err()).doesNotContain("\u001b");

    Path config = workspace.resolve("curate.yaml");
    java.nio.file.Files.writeString(config, "reddit:\n  subreddits: [\"a\\nb\\e[2J\"]\n");
    CliRunner.Result value =
        cli.run(
            "rank",
            "--config",
            config.toString(),
            "--workspace",
            workspace.resolve("ws").toString());
    assertUsageError(value, "key 'reddit.subreddits' 'a\\nb\\x1b[2J' is not a subreddit name");
    assertThat(value.err().lines()).hasSize(1);
    assertThat(value.err()).doesNotContain("\u001b");
  }

  @Test
  void anEmptyPathIsAUsageErrorNotTheCurrentFolder() {
    // Java reads "" as the current folder: --workspace= (an unset variable) put curate.db there.
    // --dry-run writes nothing either way, so this test cannot leave a database behind.
    assertUsageError(
        cli.run("fetch", "--month", "2018-11", "--dry-run", "--workspace="),
        "curate: Invalid value for option '--workspace': an empty path: give a file or folder name");
    assertUsageError(
        cli.run("rank", "--config=", "--workspace", workspace.toString()),
        "Invalid value for option '--config': an empty path");
    assertUsageError(
        cli.run("draft", "--template=", "--workspace", workspace.toString()),
        "Invalid value for option '--template': an empty path");
    assertUsageError(
        cli.run("draft", "--output=", "--workspace", workspace.toString()),
        "Invalid value for option '--output': an empty path");
    assertThat(workspace).isEmptyDirectory();
  }
}
