package dev.curate.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curate status} through the real command line, against the stand-in (its fixtures, in the
 * APIs' real shapes, are under {@code src/test/resources/stand-in/}): a month's every step shows.
 */
class StatusCommandTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ISSUE_URL = "https://example.com/2018/11/ml-roundup";

  @TempDir Path workspace;

  private CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("GH_TOKEN", "ghp_StatusCommand0000000000000000000000");
  }

  private JsonNode status() throws IOException {
    JsonNode doc = JSON.readTree(assertOk(cli().run("status", "--json")).out());
    assertThat(fieldNames(doc)).containsExactly("schemaVersion", "months");
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    return doc.get("months");
  }

  @Test
  void eachStepOfTheMonthShowsInItsStatus() throws IOException {
    assertOk(cli().run("fetch", "--month", "2018-11"));
    JsonNode fetched = status().get(0);
    assertThat(fieldNames(fetched))
        .containsExactly("month", "fetchedAt", "coverage", "shortlist", "draft", "published");
    assertThat(fetched.get("month").asText()).isEqualTo("2018-11");
    assertThat(fetched.get("fetchedAt").asText()).isEqualTo("2026-11-28T10:00:00Z");
    JsonNode rankCoverage =
        JSON.readTree(assertOk(cli().run("rank", "--json")).out()).get("coverage");
    assertThat(fetched.get("coverage")).isEqualTo(rankCoverage);
    assertThat(fetched.get("shortlist").isNull()).isTrue();
    assertThat(fetched.get("draft").isNull()).isTrue();
    assertThat(fetched.get("published").isNull()).isTrue();

    JsonNode ranked = status().get(0);
    assertThat(ranked.get("shortlist").get("repos").asInt()).isEqualTo(5);
    assertThat(ranked.get("shortlist").get("threads").asInt()).isPositive();

    Path draft = Path.of(assertOk(cli().run("draft")).out().strip());
    JsonNode drafted = status().get(0).get("draft");
    assertThat(drafted.get("path").asText()).isEqualTo(draft.toString());
    assertThat(drafted.get("edited").asBoolean()).isFalse();

    Files.writeString(draft, "\nMy intro.\n", StandardOpenOption.APPEND);
    assertThat(status().get(0).get("draft").get("edited").asBoolean()).isTrue();

    assertOk(cli().run("publish", "--month", "2018-11", "--url", ISSUE_URL));
    Map<Path, byte[]> before = files();
    JsonNode published = status().get(0).get("published");
    assertThat(files()).as("status changes no file").containsExactlyEntriesOf(before);
    assertThat(published.get("url").asText()).isEqualTo(ISSUE_URL);
    assertThat(published.get("at").asText()).isEqualTo("2026-11-28T10:00:00Z");
  }

  @Test
  void theTableHasOneLinePerMonthAndIsTabSeparatedWithAHeaderWhenPiped() {
    assertOk(cli().run("fetch", "--month", "2018-11"));
    assertOk(cli().run("fetch", "--month", "2018-10", "--only", "github"));
    assertOk(cli().run("rank", "--month", "2018-11"));

    List<String> piped = assertOk(cli().run("status")).out().lines().toList();
    assertThat(piped)
        .containsExactly(
            "MONTH\tFETCHED\tCOVERAGE\tSHORTLIST\tDRAFT\tPUBLISHED",
            "2018-10\t2026-11-28 10:00Z\tcomplete\t\t\t",
            piped.get(2));
    assertThat(piped.get(2)).startsWith("2018-11\t2026-11-28 10:00Z\t").contains("\t5+");

    List<String> aligned = assertOk(cli().terminal(true).run("status")).out().lines().toList();
    assertThat(aligned.get(0)).startsWith("MONTH    FETCHED");
    assertThat(aligned.get(1)).startsWith("2018-10").endsWith("-");
  }

  @Test
  void anEmptyWorkspaceSaysWhatToRunAndCreatesNothing() throws IOException {
    Path fresh = workspace.resolve("fresh");
    CliRunner.Result r = CliRunner.againstStandIn(api.baseUrl(), fresh).run("status", "--json");
    assertOk(r);
    assertThat(JSON.readTree(r.out()).get("months").size()).isZero();
    assertThat(r.err()).contains("Nothing has been fetched in " + fresh + " yet");
    assertThat(fresh).doesNotExist();
  }

  private Map<Path, byte[]> files() throws IOException {
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    try (Stream<Path> all = Files.walk(workspace)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        bytes.put(workspace.relativize(p), Files.readAllBytes(p));
      }
    }
    return bytes;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static CliRunner.Result assertOk(CliRunner.Result r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }
}
