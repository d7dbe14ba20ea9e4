package dev.curate.cli;

import dev.curate.http.Sleeper;
import dev.curate.plan.SourcePlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command line in-process with its own environment, clock and sleeper. */
public final class CliRunner {
  public record Result(int exitCode, String out, String err) {}

  /**
   * Where a runner's ClickHouse is unless a test says otherwise: a closed port, so that no test
   * reaches the public playground ({@code github.source: auto} reads GH Archive's events for every
   * month from 2015 to mid-2025) and a fetch that asks is refused at once, not after DNS.
   */
  public static final String NO_CLICKHOUSE = "http://127.0.0.1:9";

  private final Map<String, String> env =
      new HashMap<>(Map.of("CURATE_CLICKHOUSE_URL", NO_CLICKHOUSE));

  /** Synchronized: a fetch's sources wait on threads of their own, side by side. */
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

  private Clock clock = Clock.systemUTC();
  private boolean terminal;
  private int width = 80;
  private boolean stderrTerminal;

  /**
   * A runner pointed at one stand-in for every service (GitHub, Reddit, its OAuth host, the
   * archive, ClickHouse's HTTP interface with GH Archive's events), on 2026-11-28, with its own
   * workspace.
   */
  public static CliRunner againstStandIn(String baseUrl, java.nio.file.Path workspace) {
    return new CliRunner()
        .clock(
            Clock.fixed(java.time.Instant.parse("2026-11-28T10:00:00Z"), java.time.ZoneOffset.UTC))
        .env("CURATE_GITHUB_API_URL", baseUrl)
        .env("CURATE_REDDIT_URL", baseUrl)
        .env("CURATE_REDDIT_OAUTH_URL", baseUrl)
        .env("CURATE_REDDIT_ARCHIVE_URL", baseUrl)
        .env("CURATE_CLICKHOUSE_URL", baseUrl)
        .env("CURATE_WORKSPACE", workspace.toString());
  }

  public CliRunner env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public CliRunner clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  public CliRunner terminal(boolean terminal) {
    this.terminal = terminal;
    return this;
  }

  /** The terminal's columns, when {@link #terminal} is on (and the width help wraps at). */
  public CliRunner width(int columns) {
    this.width = columns;
    return this;
  }

  /** Whether stderr is a terminal, where a fetch draws its progress in place. */
  public CliRunner stderrTerminal(boolean stderrTerminal) {
    this.stderrTerminal = stderrTerminal;
    return this;
  }

  public List<Duration> waits() {
    return waits;
  }

  /** Runs as {@code main} does: a fetch's dump read starts before the command line is parsed. */
  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CurateCli.run(args, runtime(), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs with a dump read already started, as {@link EarlyDumpRead} would have for other words. */
  Result runWithEarlyRead(EarlyDumpRead early, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CurateCli.create(
                runtime(),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                java.util.Optional.of(early))
            .execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * The plans {@code fetch --dry-run} would print for these arguments ({@code fetch --month ...}),
   * as data, from the sources the same command line builds.
   */
  public List<SourcePlan> plans(String... fetchArgs) {
    StringWriter sink = new StringWriter();
    CommandLine cli =
        CurateCli.create(runtime(), new PrintWriter(sink, true), new PrintWriter(sink, true));
    FetchCommand fetch =
        (FetchCommand) cli.parseArgs(fetchArgs).subcommand().commandSpec().userObject();
    return fetch.plans().stream().map(PlannedSource::plan).toList();
  }

  AppRuntime runtime() {
    Sleeper recording = waits::add;
    return new AppRuntime(
        env, clock, recording, terminal, stderrTerminal, width, AppRuntime.bundledVersion());
  }
}
