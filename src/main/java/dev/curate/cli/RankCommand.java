package dev.curate.cli;

import dev.curate.cli.output.ShortlistJson;
import dev.curate.cli.output.ShortlistTable;
import dev.curate.cli.output.StarSparklines;
import dev.curate.model.Shortlist;
import dev.curate.rank.ExplanationFormatter;
import dev.curate.rank.Ranking;
import dev.curate.workflow.MonthCoverage;
import dev.curate.workflow.RankService;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
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

  @Override
  public Integer call() throws IOException {
    checkSize(repos, "--repos");
    checkSize(threads, "--threads");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      Ranking ranking =
          ctx.rankService()
              .rank(
                  new RankService.Options(
                      month.month(),
                      optional(repos),
                      optional(threads),
                      !noDiversity,
                      allowRepeats));
      Shortlist shortlist = ranking.shortlist();
      if (json) {
        new ShortlistJson().write(shortlist, MonthCoverage.of(ctx.store(), shortlist.month()), out);
      } else {
        new ShortlistTable()
            .write(shortlist, out, ctx.runtime().stdoutIsTerminal(), ctx.runtime().terminalWidth());
      }
      if (explain) {
        PrintWriter to = json ? err : out;
        to.println();
        Map<String, String> starLines =
            showSparklines(ctx)
                ? StarSparklines.lines(ctx.rankService().starsPerDay(shortlist.month()))
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
      err.println(
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
