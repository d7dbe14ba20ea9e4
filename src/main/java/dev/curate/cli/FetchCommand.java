package dev.curate.cli;

import dev.curate.config.GitHubSourceChoice;
import dev.curate.config.RedditSourceChoice;
import dev.curate.model.CalendarMonth;
import dev.curate.model.SourceReport;
import dev.curate.workflow.FetchSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
      "Fetch a month's candidates into the workspace: GitHub repositories created in the month or"
          + " starred most in it (GH Archive's star events), and Reddit threads posted in it (UTC).",
      "Fetching a month again updates its figures in place.",
      "",
      "Example: curate fetch --month 2018-11 (add --dry-run to see its requests first)"
    })
final class FetchCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Mixin MonthOption.Required month;
  @Spec CommandSpec spec;

  @Option(
      names = "--only",
      // Each option its own label: picocli's completion script names its list of values after
      // the label, so three options labelled SOURCE completed to the last one's values.
      paramLabel = "github|reddit",
      description = "Fetch from one source only: ${COMPLETION-CANDIDATES}.")
  SourceName only;

  @Option(
      names = "--dry-run",
      description =
          "Print the requests the fetch would make (queries, listings, pages) against the"
              + " APIs' rate budgets; make none and write nothing.")
  boolean dryRun;

  @Option(
      names = "--github-source",
      paramLabel = "search|events|auto",
      description =
          "Where GitHub candidates come from: search (repositories created in the month), events"
              + " (every repository's stars in the month from GH Archive, on ClickHouse at"
              + " endpoints.clickhouseUrl) or auto (both for the months GH Archive covers soundly,"
              + " github.events.soundFrom..soundTo; search alone when ClickHouse fails);"
              + " default: github.source, auto.")
  GitHubSourceChoice githubSource;

  @Option(
      names = "--gharchive",
      paramLabel = "FILE|DIR",
      description =
          "Count GH Archive's star events from its hour files (YYYY-MM-DD-H.json.gz, or folders of"
              + " them) instead of ClickHouse; repeat for several. Give the three months before"
              + " too for the breakout signal. Not with --github-source search.")
  List<Path> gharchive = new ArrayList<>();

  @Option(
      names = "--reddit-source",
      paramLabel = "api|archive|auto",
      description =
          "Where Reddit threads come from: api (the top listing), archive (Arctic Shift) or auto"
              + " (the listing when it covers the whole month, else the archive); default: reddit.source, auto.")
  RedditSourceChoice redditSource;

  @Option(
      names = "--reddit-dump",
      paramLabel = "FILE",
      description =
          "Read Reddit threads from a Pushshift/Arctic Shift dump (NDJSON, plain or .zst) instead of"
              + " the network; repeat for several files. Posts of the month from the configured subreddits are"
              + " kept; Reddit is asked only to refresh their figures.")
  List<Path> redditDumps = new ArrayList<>();

  @Option(
      names = "--max-wait",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "The longest to wait for a rate limit to reset (e.g. 30s, 5m, 1h); a later reset"
              + " stops the fetch with exit code 75 (default: http.maxWait, 5m).")
  Duration maxWait;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CalendarMonth fetched = month.month();
    try (AppContext ctx = context(err)) {
      FetchSelection selection = selection();
      if (dryRun) {
        FetchPlanText.print(
            fetched, ctx.fetchPlans(selection, fetched), spec.commandLine().getOut());
        return 0;
      }
      ctx.readDumpsAhead(selection, fetched);
      Optional<LiveProgress> live = ctx.liveProgress();
      FetchSources sources = ctx.fetchSources(selection);
      ctx.fetchStart(selection, fetched).forEach(ctx.progress());
      PrintWriter during = live.map(LiveProgress::printer).orElse(err);
      List<SourceReport> reports;
      try (InterruptNotice notice = new InterruptNotice(fetched, err, live)) {
        try {
          reports =
              ctx.fetchService(
                      sources,
                      notice.watching(ctx.progress()),
                      report -> {
                        notice.saved(report);
                        live.ifPresent(l -> l.saved(report.source().key()));
                        FetchSummary.warnings(report, during);
                      })
                  .fetch(fetched);
        } catch (RuntimeException e) {
          // Read side by side, one source's failure leaves the others' saves in place: their
          // summary comes before the failure's line, so the editor sees what the store now has.
          List<SourceReport> kept = notice.savedSoFar();
          if (!kept.isEmpty()) {
            summary(ctx, live, fetched, kept);
          }
          throw e;
        }
      }
      summary(ctx, live, fetched, reports);
      ctx.progress()
          .accept(
              "Fetched "
                  + fetched
                  + " into "
                  + ctx.workspace()
                  + "; next: curate rank --month "
                  + fetched);
      return 0;
    }
  }

  /** The live rows closed, then the saved sources' summary and the month's coverage. */
  private static void summary(
      AppContext ctx, Optional<LiveProgress> live, CalendarMonth month, List<SourceReport> saved) {
    live.ifPresent(LiveProgress::close);
    FetchSummary.print(saved, ctx.progressWriter());
    FetchSummary.coverage(month, saved, ctx.progressWriter());
  }

  /** The plans {@code --dry-run} prints, as data: what the tests hold the fetch to. */
  List<PlannedSource> plans() {
    try (AppContext ctx = context(spec.commandLine().getErr())) {
      return ctx.fetchPlans(selection(), month.month());
    }
  }

  private FetchSelection selection() {
    return FetchSelection.of(only, githubSource, gharchive, redditSource, redditDumps);
  }

  private AppContext context(PrintWriter err) {
    return root.context(common, err).overrideMaxWait(Optional.ofNullable(maxWait));
  }
}
