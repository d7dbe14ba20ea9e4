package dev.curate.cli;

import dev.curate.cli.output.DoctorJson;
import dev.curate.cli.output.DoctorText;
import dev.curate.doctor.DoctorReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check the set-up: would 'curate fetch' work as configured? Shows the configuration files in"
          + " use, the workspace, where each credential comes from (the variable, never its value),"
          + " whether each endpoint answers (GitHub, Reddit, Reddit OAuth, the archive, ClickHouse),"
          + " and what is left of GitHub's budgets, Reddit's token and the events table's last"
          + " event; then each problem and warning on a line of its own, with what to do.",
      "Asks each endpoint once, all at the same time, without retries or waits; changes nothing.",
      "Exit 0 when a fetch would work (warnings or not), 4 when a credential is refused, 1 when"
          + " something a fetch needs is unreachable or broken.",
      "",
      "Example: curate doctor",
      "         curate doctor --json | jq '.endpoints[] | select(.reachable|not)'"
    })
final class DoctorCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description =
          "One JSON object on stdout: schemaVersion, exitCode, config, workspace, credentials,"
              + " endpoints, budgets, findings.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      DoctorReport report = ctx.doctorService().examine();
      if (json) {
        new DoctorJson().write(report, out);
      } else {
        new DoctorText(ctx::printable).write(report, out);
      }
      return report.exitCode().code();
    }
  }
}
