package dev.curate.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rank --explain} draws each repository's stars per day on a terminal, and not into a pipe
 * unless asked; the days are the stand-in's star history (the shape {@link StarChartsEndToEndTest}
 * names).
 */
class RankSparklinesTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  /** hanxiao/bert-as-service: nothing until the 12th, then 200 rising to 380 on the 30th. */
  private static final String BERT =
      "stars per day ▁▁▁▁▁▁▁▁▁▁▁▅▅▆▆▆▆▆▆▇▇▇▇▇██████ (1-30, most 380 on the 30th)";

  @TempDir Path workspace;

  private CliRunner cli(boolean terminal) {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("GH_TOKEN", "ghp_RankSparklines000000000000000000000")
        .terminal(terminal);
  }

  @BeforeEach
  void fetch() {
    CliRunner.Result fetch =
        cli(false)
            .run("fetch", "--month", "2018-11", "--github-source", "search", "--only", "github");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
  }

  @Test
  void onATerminalEachRepositoryMeasuredDayByDayShowsItsMonth() {
    CliRunner.Result rank = cli(true).run("rank", "--explain");

    assertThat(rank.exitCode()).as(rank.err()).isZero();
    assertThat(rank.out())
        .contains("    1. hanxiao/bert-as-service  ", "\n         " + BERT + "\n")
        .contains("stars per day ▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁█ (1-30, most 45 on the 30th)");
  }

  @Test
  void inAPipeThereAreNoneUnlessAskedFor() {
    assertThat(cli(false).run("rank", "--explain").out()).doesNotContain("stars per day");
    assertThat(cli(false).run("rank", "--explain", "--sparklines").out()).contains(BERT);
  }

  @Test
  void noSparklinesKeepsThemOffATerminalToo() {
    assertThat(cli(true).run("rank", "--explain", "--no-sparklines").out())
        .doesNotContain("stars per day");
  }

  @Test
  void withJsonTheyGoWithTheExplanationToStderr() {
    CliRunner.Result rank = cli(false).run("rank", "--json", "--explain", "--sparklines");

    assertThat(rank.out()).doesNotContain("stars per day");
    assertThat(rank.err()).contains(BERT);
  }
}
