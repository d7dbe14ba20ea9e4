package dev.curate.cli;

import dev.curate.http.KnownSecrets;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command; without a subcommand it prints its usage. */
@Command(
    name = "curate",
    mixinStandardHelpOptions = true,
    description = {
      "Drafts a monthly roundup of the best machine-learning GitHub repositories and Reddit"
          + " discussions.",
      "",
      "A month's work: curate fetch --month 2018-11, curate rank --explain, curate pick/drop/note,"
          + " curate draft, curate preview, then curate publish --month 2018-11 --url URL"
          + " (docs/editorial.md).",
      "",
      "The options below go before or after the command: curate -v fetch --month 2018-11 is"
          + " curate fetch --month 2018-11 -v."
    })
public final class CurateCommand implements Callable<Integer> {
  /**
   * A subcommand: the name its own {@code @Command} gives it, and its class. Named here as well:
   * reading the annotations of all of them for their names took 2 ms of every run.
   */
  record Subcommand(String name, Class<?> type) {}

  /**
   * The subcommands in the order the usage lists them. Added by {@link CurateCli}, not by the
   * annotation, so that a run builds the model of only the ones its arguments name.
   */
  static final List<Subcommand> SUBCOMMANDS =
      List.of(
          new Subcommand("fetch", FetchCommand.class),
          new Subcommand("rank", RankCommand.class),
          new Subcommand("candidates", CandidatesCommand.class),
          new Subcommand("status", StatusCommand.class),
          new Subcommand("doctor", DoctorCommand.class),
          new Subcommand("pick", PickCommand.class),
          new Subcommand("drop", DropCommand.class),
          new Subcommand("note", NoteCommand.class),
          new Subcommand("draft", DraftCommand.class),
          new Subcommand("edit", EditCommand.class),
          new Subcommand("preview", PreviewCommand.class),
          new Subcommand("publish", PublishCommand.class),
          new Subcommand("completion", CompletionCommand.class),
          new Subcommand("help", HelpCommand.class));

  private final AppRuntime runtime;
  private final KnownSecrets secrets;

  /** Handed to the first context, the one of the command that runs. */
  private Optional<EarlyDumpRead> earlyRead;

  @Spec CommandSpec spec;

  /** The common options given before the subcommand; each subcommand has its own after it. */
  @Mixin CommonOptions common;

  /**
   * @param secrets the run's credentials, shared with the error handler
   */
  public CurateCommand(AppRuntime runtime, KnownSecrets secrets) {
    this(runtime, secrets, Optional.empty());
  }

  CurateCommand(AppRuntime runtime, KnownSecrets secrets, Optional<EarlyDumpRead> earlyRead) {
    this.runtime = runtime;
    this.secrets = secrets;
    this.earlyRead = earlyRead;
  }

  AppRuntime runtime() {
    return runtime;
  }

  /**
   * A context for one command's run; the command closes it.
   *
   * @param options the common options given after the subcommand
   */
  AppContext context(CommonOptions options, PrintWriter err) {
    AppContext context = new AppContext(runtime, secrets, options.after(common), err, earlyRead);
    earlyRead = Optional.empty();
    return context;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return dev.curate.error.ExitCode.USAGE.code();
  }
}
