package dev.curate.cli;

import dev.curate.model.CalendarMonth;
import dev.curate.model.EditorOverride.Decision;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "pick",
    mixinStandardHelpOptions = true,
    description = {
      "Put a candidate on the month's shortlist whatever its score; rank keeps it there on every re-run.",
      "A pick replaces an earlier pick or drop of the same candidate; --clear undoes it. Run rank again to see it.",
      "",
      "Example: curate pick openai/spinningup --month 2018-11",
      "         curate pick 9ysmtn            (a Reddit thread, by the id rank prints)",
      "         curate pick --clear openai/spinningup"
    })
final class PickCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month (default: the one fetched most recently).")
  CalendarMonth month;

  @Option(names = "--clear", description = "Undo the pick or drop of this candidate.")
  boolean clear;

  @Parameters(paramLabel = "ID", description = "As rank prints it: owner/name, or a Reddit thread's id.")
  String id;

  @Override
  public Integer call() {
    try (AppContext ctx = root.context(common, spec.commandLine().getErr())) {
      return DecisionRun.run(ctx, month, id, clear ? Decision.NONE : Decision.PICK, spec.commandLine().getErr());
    }
  }
}
