package dev.curate.cli;

import dev.curate.cli.output.StatusJson;
import dev.curate.cli.output.StatusTable;
import dev.curate.workflow.MonthStatus;
import dev.curate.workflow.StatusService;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show where each month of the workspace stands: when it was fetched and what the sources"
          + " covered, its shortlist, its draft (edited since curate wrote it or not) and whether"
          + " it was published. Changes nothing.",
      "",
      "Example: curate status",
      "         curate status --json | jq '.months[].draft'"
    })
final class StatusCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description =
          "One JSON object on stdout: schemaVersion, and months with month, fetchedAt, coverage,"
              + " shortlist, draft, published.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      StatusService status = ctx.statusService();
      List<MonthStatus> months = status.months();
      if (json) {
        new StatusJson().write(months, out);
      } else {
        new StatusTable()
            .write(months, out, ctx.runtime().stdoutIsTerminal(), ctx.runtime().terminalWidth());
      }
      if (months.isEmpty()) {
        err.println(
            Terminal.sanitize(
                "Nothing has been fetched in "
                    + status.workspace()
                    + " yet: run 'curate fetch --month YYYY-MM' first"));
        err.flush();
      }
      return 0;
    }
  }
}
