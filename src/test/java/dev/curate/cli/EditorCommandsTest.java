package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's commands' own checks, before any candidate is looked at. */
class EditorCommandsTest {
  @TempDir Path workspace;

  private CliRunner.Result run(String... args) {
    return new CliRunner().env("CURATE_WORKSPACE", workspace.toString()).run(args);
  }

  @Test
  void aNoteNeedsTextOrClearButNotBoth() {
    CliRunner.Result none = run("note", "openai/spinningup");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("give the note's TEXT, or --clear to remove the note");

    CliRunner.Result both = run("note", "--clear", "openai/spinningup", "Lead item");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("either the note's TEXT or --clear, not both");
  }

  @Test
  void overridesBeforeAnyFetchSayWhatToRunFirst() {
    CliRunner.Result pick = run("pick", "openai/spinningup");
    assertThat(pick.exitCode()).isEqualTo(1);
    assertThat(pick.err()).contains("nothing has been fetched in this workspace yet");
  }

  @Test
  void publishNeedsAMonthAndAShortlist() {
    assertThat(run("publish").exitCode()).isEqualTo(2);
    CliRunner.Result unranked = run("publish", "--month", "2018-11");
    assertThat(unranked.exitCode()).isEqualTo(1);
    assertThat(unranked.err().strip())
        .isEqualTo(
            "curate: no shortlist for 2018-11 to publish: run 'curate rank --month 2018-11' first");
  }

  @Test
  void aDraftLanguageOtherThanEnOrZhIsAUsageError() {
    CliRunner.Result r = run("draft", "--lang", "fr");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("'fr' is not a draft language: use en or zh");
  }
}
