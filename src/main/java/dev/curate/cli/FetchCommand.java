package dev.curate.cli;

import dev.curate.config.GitHubCredentials;
import dev.curate.config.RedditCredentials;
import dev.curate.config.RedditSourceChoice;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.github.GitHubSource;
import dev.curate.github.Readmes;
import dev.curate.model.CalendarMonth;
import dev.curate.model.SourceReport;
import dev.curate.reddit.RedditSource;
import dev.curate.workflow.FetchPlan;
import dev.curate.workflow.FetchService;
import dev.curate.workflow.FetchSources;
import dev.curate.workflow.RepoFetcher;
import dev.curate.workflow.StarGainSource;
import dev.curate.workflow.ThreadFetcher;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch a month's candidates into the workspace: GitHub repositories created in the month"
          + " and Reddit threads posted in it (UTC).",
      "Fetching a month again updates its figures in place.",
      "",
      "Example: curate fetch --month 2018-11 (add --dry-run to see its requests first)"
    })
final class FetchCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month to fetch.")
  CalendarMonth month;

  @Option(
      names = "--only",
      paramLabel = "SOURCE",
      description = "Fetch from one source only: ${COMPLETION-CANDIDATES}.")
  SourceName only;

  @Option(
      names = "--dry-run",
      description = "Print the requests the fetch would make (queries, listings, pages) against the"
          + " APIs' rate budgets; make none and write nothing.")
  boolean dryRun;

  @Option(
      names = "--reddit-source",
      paramLabel = "SOURCE",
      description = "Where Reddit threads come from: api (the top listing), archive (Arctic Shift) or auto"
          + " (the listing when it covers the whole month, else the archive); default: reddit.source, auto.")
  RedditSourceChoice redditSource;

  @Option(
      names = "--reddit-dump",
      paramLabel = "FILE",
      description = "Read Reddit threads from a Pushshift/Arctic Shift dump (NDJSON, plain or .zst) instead of"
          + " the network; repeat for several files. Posts of the month from the configured subreddits are"
          + " kept; Reddit is asked only to refresh their figures.")
  List<Path> redditDumps = new ArrayList<>();

  @Option(
      names = "--max-wait",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "The longest to wait for a rate limit to reset (e.g. 30s, 5m, 1h); a later reset"
          + " stops the fetch with exit code 75 (default: http.maxWait, 5m).")
  Duration maxWait;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err).overrideMaxWait(Optional.ofNullable(maxWait))) {
      boolean github = only == null || only == SourceName.github;
      boolean reddit = only == null || only == SourceName.reddit;
      checkDumps(reddit);
      if (dryRun) {
        return plan(ctx, github, reddit);
      }
      // Build the sources (and so check configuration and credentials) before any request.
      Optional<GitHubSource> gitHub = github ? Optional.of(ctx.github()) : Optional.empty();
      Optional<RepoFetcher> repoFetcher = gitHub.map(source -> source::fetch);
      Optional<StarGainSource> starGains = gitHub.map(source -> source::measureStarGains);
      Optional<ThreadFetcher> threadFetcher = reddit ? Optional.of(threads(ctx)) : Optional.empty();
      announce(ctx, github, reddit);
      FetchSources sources = new FetchSources(repoFetcher, starGains, Optional.empty(), 0, threadFetcher);
      if (gitHub.isPresent()) {
        sources = sources.withReadmes(new Readmes(gitHub.get().rest())::readme, ctx.config().enrich().readmes());
      }
      FetchService service = new FetchService(ctx.store(), ctx.runtime().clock(), sources, ctx.progress(),
          report -> FetchSummary.warnings(report, err));
      List<SourceReport> reports = service.fetch(month);
      FetchSummary.print(reports, err);
      FetchSummary.coverage(month, reports, err);
      err.println("Fetched " + month + " into " + ctx.workspace() + "; next: curate rank --month " + month);
      return 0;
    }
  }

  /** A dump that cannot be read is a usage error before anything is printed or asked. */
  private void checkDumps(boolean reddit) {
    if (!redditDumps.isEmpty() && !reddit) {
      throw new CurateException(ExitCode.USAGE,
          "--reddit-dump reads Reddit threads, but --only github leaves Reddit out: drop one of them");
    }
    for (Path dump : redditDumps) {
      if (!Files.isRegularFile(dump)) {
        throw new CurateException(ExitCode.USAGE, "--reddit-dump " + dump
            + (Files.exists(dump) ? " is not a file" : " does not exist") + ": check the path");
      }
      if (!Files.isReadable(dump)) {
        throw new CurateException(ExitCode.USAGE, "--reddit-dump " + dump + " is not readable: check its permissions");
      }
    }
  }

  /** Dumps when given, else the network source {@code --reddit-source} or the configuration chose. */
  private ThreadFetcher threads(AppContext ctx) {
    RedditSource source = ctx.reddit(Optional.ofNullable(redditSource));
    if (!redditDumps.isEmpty()) {
      List<Path> dumps = List.copyOf(redditDumps);
      return m -> source.fetchDumps(m, dumps);
    }
    return source::fetchMonth;
  }

  /** The dry run: configuration and credentials are checked, but no source, store or cache is built. */
  private int plan(AppContext ctx, boolean github, boolean reddit) {
    Map<String, String> env = ctx.runtime().env();
    Optional<String> tokenVariable = github ? GitHubCredentials.fromEnvironment(env).variable() : Optional.empty();
    boolean oauth = reddit && RedditCredentials.fromEnvironment(env, VersionProvider.version()).hasOAuth();
    RedditSourceChoice choice = Optional.ofNullable(redditSource).orElse(ctx.config().reddit().source());
    FetchPlan plan = FetchPlan.of(ctx.config(), month, github, reddit, tokenVariable, oauth,
        ctx.runtime().clock().instant(), choice, List.copyOf(redditDumps));
    FetchPlanText.print(plan, spec.commandLine().getOut());
    return 0;
  }

  private void announce(AppContext ctx, boolean github, boolean reddit) {
    ctx.progress().accept("Fetching " + month + " (" + month.isoDateRange() + " UTC) into " + ctx.workspace());
    if (github) {
      GitHubCredentials gh = GitHubCredentials.fromEnvironment(ctx.runtime().env());
      if (gh.variable().isPresent()) {
        ctx.progress().accept("GitHub: " + ctx.config().endpoints().githubApiUrl() + ", token from " + gh.variable().get());
      } else {
        // The source's own report carries the warning; this line says why the fetch is slow.
        ctx.progress().accept("GitHub: " + ctx.config().endpoints().githubApiUrl()
            + ", no token: searches are paced to GitHub's unauthenticated 10 a minute");
      }
    }
    if (reddit) {
      RedditCredentials rc = RedditCredentials.fromEnvironment(ctx.runtime().env(), VersionProvider.version());
      String asked = rc.hasOAuth()
          ? "application-only OAuth (" + RedditCredentials.CLIENT_ID + ") via " + ctx.config().endpoints().redditOauthUrl()
          : "the public endpoints via " + ctx.config().endpoints().redditUrl()
              + " (set " + RedditCredentials.CLIENT_ID + " and " + RedditCredentials.CLIENT_SECRET + " for OAuth)";
      ctx.progress().accept("Reddit: " + threadSource(ctx) + "; Reddit asked through " + asked);
    }
  }

  /** Where the threads will come from, as the startup line says it. */
  private String threadSource(AppContext ctx) {
    if (!redditDumps.isEmpty()) {
      return "threads from " + redditDumps.size() + (redditDumps.size() == 1 ? " dump" : " dumps")
          + ", figures refreshed from Reddit";
    }
    String archive = ctx.config().endpoints().redditArchiveUrl();
    return switch (Optional.ofNullable(redditSource).orElse(ctx.config().reddit().source())) {
      case api -> "threads from the top listings";
      case archive -> "threads from the archive at " + archive + ", figures refreshed from Reddit";
      case auto -> "threads from the top listings where they cover the month, else from the archive at " + archive;
    };
  }
}
