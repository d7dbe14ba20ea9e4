package dev.curate.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options and guard rails (issue 15, point 7), through the real command line on the stand-in's
 * November 2018, which has a removed thread (9xrm01) and an archived repository
 * (example-lab/old-gan-zoo) among its candidates.
 */
class GuardRailsTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  @TempDir Path workspace;

  private CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("GH_TOKEN", "ghp_GuardRails000000000000000000000000")
        .env("REDDIT_USER_AGENT", "test:dev.curate.guardrails:v1 (by /u/curate_tests)");
  }

  private CliRunner.Result ok(String... args) {
    CliRunner.Result r = cli().run(args);
    assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return r;
  }

  @BeforeEach
  void fetch() {
    ok("fetch", "--month", "2018-11");
  }

  @Test
  void commonOptionsGoBeforeOrAfterTheSubcommand(@TempDir Path other) {
    CliRunner.Result before =
        ok("--workspace", other.toString(), "-v", "fetch", "--month", "2018-11");
    assertThat(other.resolve("curate.db")).exists();
    assertThat(before.err()).contains("Fetched 2018-11 into " + other);

    CliRunner.Result quietBefore = ok("-q", "rank", "--month", "2018-11");
    CliRunner.Result quietAfter = ok("rank", "--month", "2018-11", "-q");
    assertThat(quietBefore.err()).isEmpty();
    assertThat(quietAfter.err()).isEmpty();
    assertThat(quietBefore.out()).isEqualTo(quietAfter.out()).isNotEmpty();

    // Given both places, the one after the subcommand wins.
    CliRunner.Result both =
        ok("--workspace", "/nonexistent/x", "rank", "--workspace", workspace.toString());
    assertThat(both.out()).contains("openai/spinningup");
  }

  @Test
  void quietLeavesOnlyWarningsAndErrorsAndTheDataOnStdout() {
    CliRunner.Result loud = ok("rank");
    CliRunner.Result quiet = ok("rank", "-q");
    assertThat(loud.err()).contains("Saved the 2018-11 shortlist");
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(loud.out());

    CliRunner.Result fetch =
        cli().env("REDDIT_USER_AGENT", "").run("fetch", "--month", "2018-11", "-q");
    assertThat(fetch.exitCode()).isZero();
    assertThat(fetch.err().lines()).isNotEmpty().allMatch(l -> l.startsWith("warning: "));

    assertThat(ok("pick", "9ysmtn", "-q").err()).isEmpty();
    assertThat(ok("note", "9ysmtn", "Lead", "-q").err()).isEmpty();
    CliRunner.Result draft = ok("draft", "-q");
    assertThat(draft.err()).isEmpty();
    assertThat(draft.out().strip()).endsWith(".md");
    assertThat(ok("publish", "--month", "2018-11", "-q").err()).isEmpty();
  }

  @Test
  void anUnknownIdGetsTheNearestCandidateAsADidYouMean() {
    CliRunner.Result typo = cli().run("pick", "openai/spinnigup");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err().strip())
        .isEqualTo(
            "curate: 'openai/spinnigup' is not a candidate of 2018-11: did you mean"
                + " openai/spinningup?");
    assertThat(cli().run("drop", "9ysmtm").err()).contains("did you mean 9ysmtn?");
    assertThat(cli().run("note", "hanxiao/bert-as-servcie", "x").err())
        .contains("did you mean hanxiao/bert-as-service?");
    assertThat(cli().run("pick", "openai/gym").err())
        .doesNotContain("did you mean")
        .contains("use an ID as 'curate rank --month 2018-11 --explain' lists them");
  }

  @Test
  void pickingAnExcludedCandidateSaysWhyAndNeedsForce() {
    CliRunner.Result removed = cli().run("pick", "9xrm01");
    assertThat(removed.exitCode()).isEqualTo(2);
    assertThat(removed.err().strip())
        .isEqualTo(
            "curate: '9xrm01' is excluded from 2018-11: it was removed; pick it anyway with"
                + " --force");
    CliRunner.Result archived = cli().run("pick", "example-lab/old-gan-zoo");
    assertThat(archived.exitCode()).isEqualTo(2);
    assertThat(archived.err()).contains("it is archived", "--force");
    assertThat(ok("rank", "-q").out()).doesNotContain("9xrm01");

    assertThat(ok("pick", "9xrm01", "--force").err()).contains("Picked 9xrm01");
    assertThat(ok("rank").out()).contains("\t*\t", "9xrm01");
    // Eligible candidates, and dropping or clearing anything, need no --force.
    ok("pick", "9ysmtn");
    ok("drop", "example-lab/old-gan-zoo");
    ok("pick", "--clear", "9xrm01");
  }

  @Test
  void aPublishedMonthRanksAsPublishedUntilForced() {
    String ranked = ok("rank").out();
    ok("publish", "--month", "2018-11", "--url", "https://example.org/2018-11");
    ok("drop", "hanxiao/bert-as-service");

    CliRunner.Result again = ok("rank");
    assertThat(again.out()).isEqualTo(ranked).contains("hanxiao/bert-as-service");
    assertThat(again.err())
        .contains(
            "2018-11 was published on 2026-11-28 at https://example.org/2018-11: this is its"
                + " shortlist as published; recompute and save it with 'curate rank --month"
                + " 2018-11 --force'")
        .doesNotContain("Saved");
    assertThat(ok("rank", "-q").err()).contains("was published");
    assertThat(ok("rank", "--json").out())
        .startsWith("{\"schemaVersion\":1,\"month\":\"2018-11\",")
        .contains("hanxiao/bert-as-service");

    CliRunner.Result resized = cli().run("rank", "--repos", "3");
    assertThat(resized.exitCode()).isEqualTo(2);
    assertThat(resized.err()).contains("2018-11 was published", "needs --force");

    CliRunner.Result forced = ok("rank", "--force");
    assertThat(forced.out()).doesNotContain("hanxiao/bert-as-service");
    assertThat(forced.err()).contains("Saved the 2018-11 shortlist");
    assertThat(ok("rank").out()).isEqualTo(forced.out());
  }

  @Test
  void draftingAnEmptyShortlistWarns() throws Exception {
    ok("rank", "--repos", "0", "--threads", "0");
    CliRunner.Result draft = ok("draft", "-q");

    assertThat(draft.err().strip())
        .isEqualTo(
            "warning: the 2018-11 shortlist is empty, so the draft lists no repository and no"
                + " thread: see why with 'curate rank --month 2018-11 --explain', or pick"
                + " candidates with 'curate pick ID'");
    assertThat(Files.readString(Path.of(draft.out().strip()))).isNotEmpty();

    ok("rank");
    assertThat(ok("draft", "--force").err()).doesNotContain("warning");
  }
}
