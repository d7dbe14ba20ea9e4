package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The man pages' sources the build renders (issue 15, point 5). */
class ManPagesTest {
  @TempDir Path folder;

  @Test
  void writesAPageForCurateAndEachCommandWithTheExitCodesAndTheEnvironment() throws IOException {
    ManPages.write(folder.toFile());

    PrintWriter nowhere = new PrintWriter(new StringWriter());
    for (String command :
        CurateCli.create(new CliRunner().runtime(), nowhere, nowhere).getSubcommands().keySet()) {
      assertThat(folder.resolve("curate-" + command + ".adoc")).isRegularFile();
    }
    String root = Files.readString(folder.resolve("curate.adoc"));
    assertThat(root)
        .contains(":doctype: manpage", "= curate(1)")
        .contains("credentials missing or rejected")
        .contains("CURATE_GITHUB_API_URL", "GH_TOKEN");
    assertThat(Files.readString(folder.resolve("curate-fetch.adoc")))
        .contains("= curate-fetch(1)", "*--month*=_YYYY-MM_");
  }
}
