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
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the command line: the commands, the month converter, the error handling, the help. */
public final class CurateCli {
  private static final int MIN_HELP_WIDTH = 55;

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
      return create(runtime, out, err, early).execute(args);
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
    // One registry for the run: the HTTP stack adds the OAuth access token to it once issued, so
    // the error line scrubs that too.
    KnownSecrets secrets = KnownSecrets.fromEnvironment(runtime.env());
    ErrorHandler errors = new ErrorHandler(new SecretScrubber(secrets));
    CommandLine cmd = new CommandLine(new CurateCommand(runtime, secrets, earlyRead));
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
