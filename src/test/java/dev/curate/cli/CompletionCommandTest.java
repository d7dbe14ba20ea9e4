package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curate completion bash|zsh} (issue 15, point 5), and the script it prints, run in bash.
 */
class CompletionCommandTest {
  @TempDir Path folder;

  private final CliRunner cli = new CliRunner();

  private static Set<String> subcommands() {
    PrintWriter nowhere = new PrintWriter(new StringWriter());
    return CurateCli.create(new CliRunner().runtime(), nowhere, nowhere).getSubcommands().keySet();
  }

  private String script() {
    CliRunner.Result r = cli.run("completion", "bash");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return r.out();
  }

  @Test
  void theBashScriptOffersEveryCommand() {
    String commandsLine =
        script()
            .lines()
            .filter(l -> l.strip().startsWith("local commands="))
            .findFirst()
            .orElseThrow();

    assertThat(subcommands()).contains("fetch", "rank", "draft", "completion");
    for (String command : subcommands()) {
      assertThat(commandsLine).containsPattern("[\" ]" + command + "[\" ]");
    }
  }

  @Test
  void zshGetsTheScriptThatLoadsBashcompinitItself() {
    CliRunner.Result zsh = cli.run("completion", "zsh");

    assertThat(zsh.exitCode()).isZero();
    assertThat(zsh.out()).isEqualTo(script()).contains("bashcompinit");
  }

  @Test
  void anotherShellIsAUsageError() {
    CliRunner.Result r = cli.run("completion", "fish");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("curate: ").contains("bash", "zsh");
  }

  @Test
  void sourcedInBashItCompletesRaToRank() throws Exception {
    assertThat(complete("curate", "ra")).containsExactly("rank");
    assertThat(complete("curate", "completion", "")).containsExactlyInAnyOrder("bash", "zsh");
    // Three options of fetch once shared the label SOURCE, and so one list of values.
    assertThat(complete("curate", "fetch", "--only", ""))
        .containsExactlyInAnyOrder("github", "reddit");
    assertThat(complete("curate", "fetch", "--reddit-source", ""))
        .containsExactlyInAnyOrder("api", "archive", "auto");
  }

  /**
   * What bash's completion offers for the last word: the script sourced, COMP_WORDS and COMP_CWORD
   * set as bash sets them on TAB, then the function the script registered for curate called.
   */
  private List<String> complete(String... words) throws IOException, InterruptedException {
    Path script = folder.resolve("curate.bash");
    Files.writeString(script, script(), StandardCharsets.UTF_8);
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append('\'').append(w).append("' ");
    }
    String line = String.join(" ", words);
    String program =
        "source '"
            + script
            + "'\n"
            + "fn=$(complete -p curate | sed -n 's/.*-F \\([^ ]*\\).*/\\1/p')\n"
            + "COMP_WORDS=("
            + array
            + ")\n"
            + "COMP_CWORD="
            + (words.length - 1)
            + "\nCOMP_LINE='"
            + line
            + "'\nCOMP_POINT=${#COMP_LINE}\n"
            + "\"$fn\" curate \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\""
            + " 2>/dev/null\n"
            + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process bash =
        new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program)
            .redirectErrorStream(true)
            .start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(bash.exitValue()).as(out).isZero();
    return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
