package dev.curate.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that fits where it goes (issue 15, point 6), through the real command line on the
 * stand-in's November 2018: the table fitted to the terminal's width with the IDs pick takes, TSV
 * with header lines when piped, JSON with its schema version, help at the terminal's width.
 */
class OutputThatFitsTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One fetch for the class: the tests only read the month (a pick of what is listed aside). */
  @TempDir static Path workspace;

  private static CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("GH_TOKEN", "ghp_OutputThatFits00000000000000000000");
  }

  @BeforeAll
  static void fetch() {
    CliRunner.Result fetch = cli().run("fetch", "--month", "2018-11");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
  }

  @Test
  void onAnEightyColumnTerminalRankFitsAndShowsTheIdsPickTakes() {
    CliRunner.Result rank = cli().terminal(true).width(80).run("rank");

    assertThat(rank.exitCode()).as(rank.err()).isZero();
    assertThat(rank.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(rank.out())
        .contains("  hanxiao/bert-as-service  ", "  openai/spinningup  ", "  9ysmtn  ")
        .contains("…");
    List<String> lines = rank.out().lines().toList();
    int threadHeader =
        lines.indexOf(lines.stream().filter(l -> l.contains(" THREAD ")).findFirst().orElseThrow());
    int idColumn = lines.get(threadHeader).indexOf(" ID ") + 1;
    String second = lines.get(threadHeader + 2);
    String id = second.substring(idColumn, second.indexOf(' ', idColumn));
    assertThat(id).isEqualTo("9ysmtn");
    assertThat(cli().run("pick", id).exitCode()).isZero();
  }

  @Test
  void aWiderTerminalShowsMore() {
    String wide = cli().terminal(true).width(200).run("rank").out();

    assertThat(wide.lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(80);
    assertThat(wide).contains("DESCRIPTION", "SUBREDDIT", "r/MachineLearning");
  }

  @Test
  void pipedRankIsTabSeparatedUnderAHeaderLinePerSection() {
    List<String> lines = cli().terminal(false).run("rank").out().lines().toList();

    assertThat(lines.get(0)).startsWith("TYPE\tRANK\tPICK\tSCORE\tID\tDESCRIPTION\t");
    assertThat(lines).anyMatch(l -> l.startsWith("repo\t1\t\t") && l.contains("\thanxiao/"));
    assertThat(lines).anyMatch(l -> l.startsWith("TYPE\tRANK\tPICK\tSCORE\tID\tTHREAD\t"));
    assertThat(lines).noneMatch(l -> l.contains("  ") || l.contains("…"));
  }

  @Test
  void rankJsonStartsWithItsSchemaVersion() throws IOException {
    String out = cli().terminal(true).run("rank", "--json").out();

    assertThat(out).startsWith("{\"schemaVersion\":1,\"month\":\"2018-11\",");
    JsonNode root = JSON.readTree(out);
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
  }

  @Test
  void helpWrapsAtTheTerminalsWidth() {
    String narrow = cli().terminal(true).width(80).run("rank", "--help").out();
    String wide = cli().terminal(true).width(140).run("rank", "--help").out();

    assertThat(narrow.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(wide.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(140));
    assertThat(wide.lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(100);
    assertThat(wide.lines().count()).isLessThan(narrow.lines().count());
  }
}
