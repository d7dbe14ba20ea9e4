package dev.curate.cli;

import dev.curate.model.EditorOverride.Decision;
import dev.curate.workflow.EditorService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The one shape of {@code pick} and {@code drop}: the same options, one call into {@link
 * EditorService}, one line back. Each of them only names its decision and its help.
 */
abstract class DecisionCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Mixin MonthOption month;
  @Spec CommandSpec spec;

  @Option(names = "--clear", description = "Undo the pick or drop of this candidate.")
  boolean clear;

  @Option(
      names = "--force",
      description =
          "Pick a candidate rank excludes (a fork, an archived repository, one created outside the"
              + " month, junk, a stickied, NSFW, removed or deleted thread, one featured in an"
              + " earlier issue).")
  boolean force;

  @Parameters(
      paramLabel = "ID",
      description = "As rank prints it: owner/name, or a Reddit thread's id.")
  String id;

  private final Decision decision;

  DecisionCommand(Decision decision) {
    this.decision = decision;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      Decision made = clear ? Decision.NONE : decision;
      EditorService.Change change = ctx.editorService().decide(month.month(), id, made, force);
      String what =
          switch (made) {
            case PICK ->
                "Picked "
                    + change.id()
                    + ": it enters the "
                    + change.month()
                    + " shortlist whatever its score";
            case DROP ->
                "Dropped " + change.id() + ": it never enters the " + change.month() + " shortlist";
            case NONE -> "Cleared the pick or drop of " + change.id() + " in " + change.month();
          };
      ctx.progress().accept(what + "; next: curate rank --month " + change.month());
      return 0;
    }
  }
}
