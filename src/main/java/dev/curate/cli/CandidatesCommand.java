package dev.curate.cli;

import dev.curate.cli.output.CandidatesJson;
import dev.curate.cli.output.CandidatesTable;
import dev.curate.workflow.CandidateQuery;
import dev.curate.workflow.Candidates;
import dev.curate.workflow.MonthCoverage;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "candidates",
    mixinStandardHelpOptions = true,
    description = {
      "List every candidate of a fetched month with its score, area or kind, flags and the"
          + " editor's picks and drops: no cap, and nothing is saved (rank keeps its shortlist).",
      "Scores are rank's own. Without --all, only the eligible candidates (and the editor's picks);"
          + " --all adds the others, with why each is excluded (EXCLUDED: fork, archived,"
          + " outside-month, junk, stickied, nsfw, removed, deleted, featured:YYYY-MM, dropped).",
      "An aligned table on a terminal, tab-separated values with a header line when piped.",
      "",
      "Example: curate candidates --month 2018-11 --all",
      "         curate candidates --repos --area nlp",
      "         curate candidates --all --json | jq '.repos[].excludedBecause'"
    })
final class CandidatesCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Mixin MonthOption month;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Kind kind;

  static final class Kind {
    @Option(names = "--repos", description = "Only the repositories.")
    boolean repos;

    @Option(names = "--threads", description = "Only the Reddit threads.")
    boolean threads;
  }

  @Option(
      names = "--area",
      paramLabel = "AREA",
      description = "Only the repositories of this area or the threads of this kind (e.g. nlp).")
  String area;

  @Option(
      names = "--all",
      description = "Also the candidates rank leaves out, with the reason (EXCLUDED).")
  boolean all;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Output output;

  static final class Output {
    @Option(
        names = "--json",
        description =
            "One JSON object on stdout: rank --json's shape, with eligible and excludedBecause"
                + " per item.")
    boolean json;

    @Option(names = "--csv", description = "Comma-separated values (RFC 4180), with a header line.")
    boolean csv;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      Candidates candidates =
          ctx.rankServiceForReading()
              .candidates(
                  new CandidateQuery(
                      month.month(),
                      kind == null || kind.repos,
                      kind == null || kind.threads,
                      Optional.ofNullable(area),
                      all));
      if (output != null && output.json) {
        new CandidatesJson()
            .write(candidates, MonthCoverage.of(ctx.store(), candidates.month()), out);
      } else {
        new CandidatesTable().write(candidates, out, format(ctx), ctx.runtime().terminalWidth());
      }
      if (area != null && candidates.repos().isEmpty() && candidates.threads().isEmpty()) {
        err.println(
            Terminal.sanitize(
                "warning: no candidate of "
                    + candidates.month()
                    + " has the area or kind '"
                    + area
                    + "'; see the AREA column of 'curate candidates --month "
                    + candidates.month()
                    + "'"));
      }
      return 0;
    }
  }

  private CandidatesTable.Format format(AppContext ctx) {
    if (output != null && output.csv) {
      return CandidatesTable.Format.CSV;
    }
    return ctx.runtime().stdoutIsTerminal()
        ? CandidatesTable.Format.ALIGNED
        : CandidatesTable.Format.TSV;
  }
}
