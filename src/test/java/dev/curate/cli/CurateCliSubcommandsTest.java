package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A run builds the models of only the commands its arguments name ({@link CurateCli#create(
 * AppRuntime, PrintWriter, PrintWriter, Optional, String[])}), and no one can tell from what it
 * prints.
 */
class CurateCliSubcommandsTest {
  @TempDir Path workspace;

  private final CliRunner cli = new CliRunner();

  private List<String> built(String... args) {
    PrintWriter nowhere = new PrintWriter(new StringWriter());
    return List.copyOf(
        CurateCli.create(cli.runtime(), nowhere, nowhere, Optional.empty(), args)
            .getSubcommands()
            .keySet());
  }

  private List<String> all() {
    PrintWriter nowhere = new PrintWriter(new StringWriter());
    return List.copyOf(CurateCli.create(cli.runtime(), nowhere, nowhere).getSubcommands().keySet());
  }

  /** The run as it was before: every command's model built. */
  private CliRunner.Result runWhole(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine whole =
        CurateCli.create(cli.runtime(), new PrintWriter(out, true), new PrintWriter(err, true));
    int code = whole.execute(args);
    return new CliRunner.Result(code, out.toString(), err.toString());
  }

  @Test
  void eachCommandIsListedUnderTheNameItsAnnotationGivesIt() {
    for (CurateCommand.Subcommand sub : CurateCommand.SUBCOMMANDS) {
      assertThat(sub.name()).isEqualTo(sub.type().getAnnotation(Command.class).name());
    }
  }

  @Test
  void aCommandBuildsOnlyItsOwnModel() {
    assertThat(built("status", "--workspace", workspace.toString())).containsExactly("status");
    assertThat(built("-v", "fetch", "--help")).containsExactly("fetch");
    assertThat(built("--version")).isEmpty();
  }

  /** Runs that show the commands (usage, help, completion, a suggestion): the whole tree. */
  private static final List<String[]> SHOWING_THE_COMMANDS =
      List.of(
          new String[] {},
          new String[] {"--help"},
          new String[] {"--help", "fetch"},
          new String[] {"help"},
          new String[] {"help", "fetch"},
          new String[] {"completion", "bash"},
          new String[] {"ranj"},
          new String[] {"ranj", "fetch"});

  @Test
  void whatShowsTheCommandsGetsThemAll() {
    List<String> all = all();
    assertThat(all)
        .containsExactly(
            "fetch",
            "rank",
            "candidates",
            "status",
            "doctor",
            "pick",
            "drop",
            "note",
            "draft",
            "edit",
            "preview",
            "publish",
            "completion",
            "help");
    List<String[]> runs = new java.util.ArrayList<>(SHOWING_THE_COMMANDS);
    runs.add(new String[] {"@" + workspace.resolve("args")});
    for (String[] args : runs) {
      assertThat(built(args)).as(String.join(" ", args)).isEqualTo(all);
    }
  }

  @Test
  void aCommandsNameAsAnOptionsValueIsStillRefused() {
    // Picocli takes no command's name for an option's value; were rank left out of the model,
    // --workspace would take it and fetch would run in a folder named rank.
    for (String[] args :
        List.of(
            new String[] {"--workspace", "rank", "fetch", "--dry-run", "--month", "2018-11"},
            new String[] {"--workspace=rank", "fetch", "--dry-run", "--month", "2018-11"})) {
      CliRunner.Result r = cli.run(args);
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err())
          .startsWith("curate: Expected parameter for option '--workspace' but found 'rank'");
    }
  }

  @Test
  void everyRunPrintsWhatTheWholeCommandLinePrints() {
    String ws = workspace.toString();
    List<String[]> runs = new java.util.ArrayList<>(SHOWING_THE_COMMANDS);
    runs.addAll(
        List.of(
            new String[] {"fetch", "--help"},
            new String[] {"rank", "--help"},
            new String[] {"-v", "fetch", "--help"},
            new String[] {"--workspace", "rank", "fetch", "--help"},
            new String[] {"fetch", "--bogus"},
            new String[] {"--bogus", "fetch"},
            new String[] {"fetch", "status"},
            new String[] {"completion"},
            new String[] {"--version"},
            new String[] {"--version", "fetch"},
            new String[] {"pick"},
            new String[] {"status", "--workspace", ws},
            new String[] {"fetch", "--dry-run", "--month", "2018-11", "--workspace", ws}));
    for (String[] args : runs) {
      assertThat(cli.run(args)).as(String.join(" ", args)).isEqualTo(runWhole(args));
    }
  }
}
