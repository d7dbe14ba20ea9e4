package dev.curate.cli;

import dev.curate.cli.output.ShortlistJson;
import dev.curate.cli.output.ShortlistTable;
import dev.curate.cli.output.StarSparklines;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Publication;
import dev.curate.model.Shortlist;
import dev.curate.rank.ExplanationFormatter;
import dev.curate.rank.Ranking;
import dev.curate.workflow.MonthCoverage;
import dev.curate.workflow.RankService;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = {
      "Score a fetched month's candidates, save the shortlist and print it.",
      "Forks, archived repositories and repositories created outside the month are not ranked;"
          + " nor are stickied, NSFW, removed or deleted threads. Scoring: docs/scoring.md.",
      "",
      "The shortlist is balanced (one repository per owner, diversity.maxPerArea per area), honours"
          + " the editor's pick, drop and note, and leaves out what an earlier published issue featured.",
      "",
      "A published month's shortlist is printed as published; --force recomputes and saves it.",
      "",
      "Example: curate rank --month 2018-11 --repos 5 --threads 5",
      "         curate rank --explain     (each score's parts, and why higher scores were passed over;"
          + " on a terminal, each repository's stars per day as a sparkline)"
    })
final class RankCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Mixin MonthOption month;
  @Spec CommandSpec spec;

  @Option(
      names = "--repos",
      paramLabel = "N",
      description = "Repositories to keep (default: shortlist.repos, 5).")
  Integer repos;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads to keep (default: shortlist.threads, 5).")
  Integer threads;

  @Option(names = "--json", description = "Print the shortlist as one JSON object on stdout.")
  boolean json;

  @Option(
      names = "--explain",
      description =
          "Also print each score's components and why any higher-scored"
              + " candidate was passed over (on stderr with --json).")
  boolean explain;

  @Option(
      names = "--sparklines",
      negatable = true,
      description =
          "With --explain, draw each repository's stars per day in the month (▁▂▃▅▇█); by default"
              + " only on a terminal, --no-sparklines never.")
  Boolean sparklines;

  @Option(
      names = "--no-diversity",
      description = "No caps per owner or area: the top scores, picks and drops still applied.")
  boolean noDiversity;

  @Option(
      names = "--allow-repeats",
      description = "Rank candidates an earlier published issue featured too.")
  boolean allowRepeats;

  @Option(
      names = "--force",
      description =
          "Recompute and save a published month's shortlist; without it, rank prints the"
              + " shortlist as published.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    checkSize(repos, "--repos");
    checkSize(threads, "--threads");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      RankService service = ctx.rankService();
      CalendarMonth ranked = service.month(month.month());
      RankService.Options options =
          new RankService.Options(
              Optional.of(ranked), optional(repos), optional(threads), !noDiversity, allowRepeats);
      Optional<RankService.AsPublished> published =
          force ? Optional.empty() : service.asPublished(ranked);
      if (published.isPresent()) {
        refuseRecomputeOptions(ranked);
      }
      Ranking ranking = published.isPresent() ? service.ranking(options) : service.rank(options);
      Shortlist shortlist =
          published.map(RankService.AsPublished::shortlist).orElse(ranking.shortlist());
      if (json) {
        new ShortlistJson().write(shortlist, MonthCoverage.of(ctx.store(), shortlist.month()), out);
      } else {
        new ShortlistTable()
            .write(shortlist, out, ctx.runtime().stdoutIsTerminal(), ctx.runtime().terminalWidth());
      }
      if (explain) {
        PrintWriter to = json ? err : out;
        to.println();
        if (published.isPresent()) {
          to.println("As rank would recompute it now (not saved):");
        }
        Map<String, String> starLines =
            showSparklines(ctx)
                ? StarSparklines.lines(service.starsPerDay(shortlist.month()))
                : Map.of();
        to.print(Terminal.sanitize(new ExplanationFormatter().format(ranking, starLines)));
        to.flush();
      }
      out.flush();
      if (!ranking.unmatchedOverrides().isEmpty()) {
        err.println(
            Terminal.sanitize(
                "warning: the editor's pick, drop or note of "
                    + String.join(", ", ranking.unmatchedOverrides())
                    + " names no candidate of "
                    + shortlist.month()
                    + "; undo it with --clear, or fetch the month again"));
      }
      if (published.isPresent()) {
        // Said even with --quiet: the editor asked for a ranking and gets the saved one.
        err.println(asPublishedLine(published.get().publication()));
        err.flush();
        return 0;
      }
      ctx.progress()
          .accept(
              "Saved the "
                  + shortlist.month()
                  + " shortlist: "
                  + shortlist.repos().size()
                  + " repositories, "
                  + shortlist.threads().size()
                  + " threads; next: curate draft --month "
                  + shortlist.month());
      return 0;
    }
  }

  private static String asPublishedLine(Publication p) {
    return Terminal.sanitize(
        p.month()
            + " was published on "
            + p.publishedAt().toString().substring(0, 10)
            + (p.url() == null ? "" : " at " + p.url())
            + ": this is its shortlist as published; recompute and save it with 'curate rank"
            + " --month "
            + p.month()
            + " --force'");
  }

  /** Options that only change a recomputation mean nothing for the shortlist as published. */
  private void refuseRecomputeOptions(CalendarMonth ranked) {
    if (repos != null || threads != null || noDiversity || allowRepeats) {
      throw new ParameterException(
          spec.commandLine(),
          ranked
              + " was published: --repos, --threads, --no-diversity and --allow-repeats"
              + " recompute its shortlist, which needs --force");
    }
  }

  /** Asked for, or else on a terminal only: block characters are noise in a file or a pipe. */
  private boolean showSparklines(AppContext ctx) {
    return sparklines != null ? sparklines : ctx.runtime().stdoutIsTerminal();
  }

  private void checkSize(Integer value, String option) {
    if (value != null && (value < 0 || value > 100)) {
      throw new ParameterException(
          spec.commandLine(), option + " must be between 0 and 100, got " + value);
    }
  }

  private static OptionalInt optional(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
