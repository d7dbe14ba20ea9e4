package dev.curate.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curate edit} with a script as the editor that records its arguments and environment, and
 * {@code curate draft --diff} on a draft edited by hand, through the real command line against the
 * stand-in's November 2018.
 */
@DisabledOnOs(OS.WINDOWS)
class EditAndDiffTest {
  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("stand-in"))
          .build();

  private static final String GH_TOKEN = "ghp_EditAndDiffTest000000000000000000000";
  private static final String REDDIT_SECRET = "edit-reddit-secret-000000001";
  private static final String CLICKHOUSE_PASSWORD = "edit-clickhouse-password-01";

  @TempDir static Path workspace;
  @TempDir Path scratch;
  private Path draft;

  private static CliRunner cli() {
    return CliRunner.againstStandIn(api.baseUrl(), workspace)
        .env("CURATE_CONFIG_DIR", workspace.resolve("no-config").toString())
        .env("PATH", System.getenv("PATH"));
  }

  @BeforeAll
  static void fetchAndRank() {
    assertOk(cli().run("fetch", "--month", "2018-11"));
    assertOk(cli().run("rank"));
  }

  @BeforeEach
  void writeTheDraft() {
    draft = Path.of(assertOk(cli().run("draft", "--month", "2018-11", "--force")).out().strip());
  }

  /** An editor that writes its arguments and its environment beside {@code record}. */
  private Path recordingEditor(Path record) throws IOException {
    Path script = scratch.resolve("record-editor");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "printf '%s\\n' \"$@\" > '"
            + record
            + ".args'\n"
            + "env > '"
            + record
            + ".env'\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  @Test
  void editOpensTheDraftWithTheEditorsArgumentsAndWithoutCredentials() throws IOException {
    Path record = scratch.resolve("record");
    CliRunner.Result result =
        cli()
            .env("EDITOR", recordingEditor(record) + " --wait")
            .env("GH_TOKEN", GH_TOKEN)
            .env("GITHUB_TOKEN", GH_TOKEN)
            .env("REDDIT_CLIENT_ID", "edit-reddit-client-id")
            .env("REDDIT_CLIENT_SECRET", REDDIT_SECRET)
            .env("CLICKHOUSE_PASSWORD", CLICKHOUSE_PASSWORD)
            .env("EDIT_TEST_MARK", "kept")
            .run("edit", "--month", "2018-11");

    assertOk(result);
    assertThat(Files.readAllLines(Path.of(record + ".args")))
        .containsExactly("--wait", draft.toAbsolutePath().toString());
    String env = Files.readString(Path.of(record + ".env"));
    assertThat(env).contains("EDIT_TEST_MARK=kept");
    assertThat(env)
        .doesNotContain("GH_TOKEN=")
        .doesNotContain("GITHUB_TOKEN=")
        .doesNotContain("REDDIT_CLIENT_ID=")
        .doesNotContain("REDDIT_CLIENT_SECRET=")
        .doesNotContain("CLICKHOUSE_PASSWORD=")
        .doesNotContain(GH_TOKEN)
        .doesNotContain(REDDIT_SECRET)
        .doesNotContain(CLICKHOUSE_PASSWORD);
  }

  @Test
  void visualWinsOverEditor() throws IOException {
    Path record = scratch.resolve("visual");
    assertOk(
        cli()
            .env("VISUAL", recordingEditor(record).toString())
            .env("EDITOR", "/nonexistent/editor")
            .run("edit"));
    assertThat(Files.readAllLines(Path.of(record + ".args")))
        .containsExactly(draft.toAbsolutePath().toString());
  }

  @Test
  void withoutAnEditorEditSaysToSetOne() {
    CliRunner.Result result = cli().run("edit");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().toList())
        .singleElement()
        .asString()
        .contains("set VISUAL or EDITOR");
  }

  @Test
  void withoutADraftEditSaysToWriteItFirst() throws IOException {
    Files.delete(draft);

    CliRunner.Result result = cli().env("EDITOR", "true").run("edit", "--month", "2018-11");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines().toList())
        .singleElement()
        .asString()
        .contains("run 'curate draft --month 2018-11' first");
  }

  @Test
  void anEditorThatFailsIsAFailure() {
    CliRunner.Result result = cli().env("EDITOR", "false").run("edit");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("the editor 'false' exited with 1");
  }

  @Test
  void diffShowsWhatRegeneratingWouldChangeAndWritesNothing() throws IOException {
    String written = Files.readString(draft);
    Files.writeString(draft, written.replaceFirst("\n", "\nMy own intro, by hand.\n"));
    Map<Path, byte[]> before = files();

    CliRunner.Result result = assertOk(cli().run("draft", "--month", "2018-11", "--diff"));

    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("--- " + draft + " (on disk)");
    assertThat(lines.get(1)).isEqualTo("+++ " + draft + " (regenerated)");
    assertThat(lines.get(2)).startsWith("@@ -1,");
    assertThat(lines.stream().filter(l -> l.startsWith("-") || l.startsWith("+")).skip(2))
        .containsExactly("-My own intro, by hand.");
    assertThat(result.out()).doesNotContain("curate-draft sha256");
    assertThat(files()).as("--diff writes nothing").containsExactlyEntriesOf(before);
  }

  @Test
  void diffOfAnUneditedDraftIsEmpty() {
    CliRunner.Result result = assertOk(cli().run("draft", "--diff"));

    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("regenerating changes nothing");
  }

  @Test
  void diffNeedsADraftFile() throws IOException {
    CliRunner.Result toStdout = cli().run("draft", "--diff", "--output", "-");
    assertThat(toStdout.exitCode()).isEqualTo(2);
    assertThat(toStdout.err()).contains("--diff compares with a draft file");

    Files.delete(draft);
    CliRunner.Result none = cli().run("draft", "--diff");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).contains("run 'curate draft --month 2018-11' first");
  }

  private static CliRunner.Result assertOk(CliRunner.Result result) {
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  private static Map<Path, byte[]> files() throws IOException {
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    try (Stream<Path> all = Files.walk(workspace)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        bytes.put(workspace.relativize(p), Files.readAllBytes(p));
      }
    }
    return bytes;
  }
}
