package dev.curate.cli;

import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EndpointOverrides;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.Locations;
import dev.curate.config.RedditCredentials;
import dev.curate.error.ExitCode;
import dev.curate.http.KnownSecrets;
import dev.curate.model.CalendarMonth;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** Builds the command line: the commands, the month converter, the error handling, the help. */
public final class CurateCli {
  private static final int MIN_HELP_WIDTH = 55;

  /** The commands that show the others: the help lists them, completion completes them all. */
  private static final Set<Class<?>> SHOW_THE_OTHERS =
      Set.of(HelpCommand.class, CompletionCommand.class);

  private CurateCli() {}

  public static CommandLine create(AppRuntime runtime, PrintWriter out, PrintWriter err) {
    return create(runtime, out, err, Optional.empty());
  }

  /**
   * Runs {@code args} as {@code main} does: a {@code fetch --reddit-dump}'s read is started before
   * the command line is built ({@link EarlyDumpRead}). Returns the exit code.
   */
  public static int run(String[] args, AppRuntime runtime, PrintWriter out, PrintWriter err) {
    Optional<EarlyDumpRead> early = EarlyDumpRead.start(args, runtime.clock());
    try {
      return create(runtime, out, err, early, args).execute(args);
    } finally {
      // A read no command took over (picocli refused the arguments) must not go on decompressing;
      // a fetch that took it over is done with it by now, and closing it twice is harmless.
      early.ifPresent(read -> read.read().close());
    }
  }

  /**
   * @param earlyRead a fetch's dump read started from the raw arguments ({@link EarlyDumpRead}),
   *     handed to the command's context
   */
  static CommandLine create(
      AppRuntime runtime, PrintWriter out, PrintWriter err, Optional<EarlyDumpRead> earlyRead) {
    return create(runtime, out, err, earlyRead, name -> true);
  }

  /**
   * The command line {@link #run} runs {@code args} with: built with only the subcommands the
   * arguments name when those parse and run them as the whole one would, else whole. Picocli
   * reflects over every field of every command it is given, and that was most of a short command's
   * start-up.
   *
   * @param earlyRead as for {@link #create(AppRuntime, PrintWriter, PrintWriter, Optional)}
   */
  static CommandLine create(
      AppRuntime runtime,
      PrintWriter out,
      PrintWriter err,
      Optional<EarlyDumpRead> earlyRead,
      String[] args) {
    if (!namesAnArgumentFile(args)) {
      CommandLine some = create(runtime, out, err, earlyRead, name -> named(name, args));
      if (runsAsWhole(some, args)) {
        return some;
      }
    }
    return create(runtime, out, err, earlyRead);
  }

  /** An argument file's words are known only once picocli has read it. */
  private static boolean namesAnArgumentFile(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("@")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a command's name is somewhere picocli could take it for one. It checks a name, exactly
   * (neither abbreviations nor other cases are on), against a whole argument or an option's value,
   * and refuses a name for a value: one given after '=' or, in a cluster of short options,
   * attached. A name in none of those places can be left out without changing how the arguments
   * parse.
   */
  private static boolean named(String name, String[] args) {
    for (String arg : args) {
      if (arg.equals(name)
          || arg.endsWith("=" + name)
          || (arg.startsWith("-") && !arg.startsWith("--") && arg.endsWith(name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code cmd}, built with some of the subcommands, runs {@code args} as the whole command
   * line would: they parse (a mistake's message suggests from all the commands and options), they
   * name a command, and neither the root's usage (which lists the commands) nor a command that
   * shows the others is asked for.
   */
  private static boolean runsAsWhole(CommandLine cmd, String[] args) {
    ParseResult parsed;
    try {
      parsed = cmd.parseArgs(args);
    } catch (RuntimeException e) {
      // The whole command line reports it, as it always has.
      return false;
    }
    if (parsed.isUsageHelpRequested()) {
      return false;
    }
    if (!parsed.hasSubcommand()) {
      // Without a command the root prints its usage, unless asked only for its version.
      return parsed.isVersionHelpRequested();
    }
    return !SHOW_THE_OTHERS.contains(parsed.subcommand().commandSpec().userObject().getClass());
  }

  private static CommandLine create(
      AppRuntime runtime,
      PrintWriter out,
      PrintWriter err,
      Optional<EarlyDumpRead> earlyRead,
      Predicate<String> subcommands) {
    // One registry for the run: the HTTP stack adds the OAuth access token to it once issued, so
    // the error line scrubs that too.
    KnownSecrets secrets = KnownSecrets.fromEnvironment(runtime.env());
    ErrorHandler errors = new ErrorHandler(new SecretScrubber(secrets));
    CommandLine cmd = new CommandLine(new CurateCommand(runtime, secrets, earlyRead));
    // Added before the settings below, which reach only the subcommands already there.
    for (CurateCommand.Subcommand sub : CurateCommand.SUBCOMMANDS) {
      if (subcommands.test(sub.name())) {
        cmd.addSubcommand(sub.name(), sub.type());
      }
    }
    cmd.registerConverter(CalendarMonth.class, new MonthConverter(runtime.clock()));
    cmd.registerConverter(Path.class, new PathConverter());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(errors);
    cmd.setParameterExceptionHandler(errors);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // The terminal's width as the runtime found it: picocli's own detection runs only when
    // System.console() is non-null, so not with stdin redirected. It refuses a width under 55.
    cmd.setUsageHelpWidth(Math.max(MIN_HELP_WIDTH, runtime.terminalWidth()));
    // Only the root answers --version, as it did when the version came from an annotation.
    cmd.getCommandSpec()
        .version("curate " + runtime.version(), "Java " + System.getProperty("java.version"));
    addHelpSections(cmd);
    return cmd;
  }

  private static void addHelpSections(CommandLine cmd) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      codes.put(String.valueOf(code.code()), code.meaning());
    }
    applyRecursively(cmd, codes);
    CommandSpec root = cmd.getCommandSpec();
    root.usageMessage()
        .footerHeading("%nEnvironment:%n")
        .footer(
            "  "
                + GitHubCredentials.GH_TOKEN
                + ", "
                + GitHubCredentials.GITHUB_TOKEN
                + "  GitHub token (GH_TOKEN wins); without one, GitHub's lower limits apply",
            "  "
                + RedditCredentials.CLIENT_ID
                + ", "
                + RedditCredentials.CLIENT_SECRET
                + "  Reddit app credentials for OAuth; without them, public listings",
            "  " + RedditCredentials.USER_AGENT + "  <platform>:<app id>:<version> (by /u/<you>)",
            "  " + Locations.WORKSPACE + "  workspace folder (database, drafts)",
            "  " + Locations.CONFIG_DIR + "  folder of the user's curate.yaml",
            "  " + EndpointOverrides.GITHUB_API_URL + ", " + EndpointOverrides.REDDIT_URL + ",",
            "  "
                + EndpointOverrides.REDDIT_OAUTH_URL
                + ", "
                + EndpointOverrides.REDDIT_ARCHIVE_URL
                + ",",
            "  "
                + EndpointOverrides.CLICKHOUSE_URL
                + "  endpoints (GitHub Enterprise, proxies, your own ClickHouse, tests)",
            "  "
                + ClickHouseCredentials.USER
                + ", "
                + ClickHouseCredentials.PASSWORD
                + "  ClickHouse account for GH Archive's star events (default: the"
                + " playground's 'play', no password)",
            "  "
                + EditorLauncher.VISUAL
                + ", "
                + EditorLauncher.EDITOR
                + "  the editor 'curate edit' opens the draft in (VISUAL wins; arguments allowed)",
            "",
            "See README.md and docs/ for more.");
  }

  private static void applyRecursively(CommandLine cmd, Map<String, String> codes) {
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    for (CommandLine sub : cmd.getSubcommands().values()) {
      applyRecursively(sub, codes);
    }
  }
}
