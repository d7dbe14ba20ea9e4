package dev.curate.cli;

import dev.curate.model.CalendarMonth;
import dev.curate.model.EditorOverride.Decision;
import dev.curate.workflow.EditorService;
import java.io.PrintWriter;
import java.util.Optional;

/** What {@code pick} and {@code drop} share: one call into {@link EditorService}, one line back. */
final class DecisionRun {
  private DecisionRun() {}

  static int run(AppContext ctx, CalendarMonth month, String id, Decision decision, PrintWriter err) {
    EditorService.Change change = ctx.editorService().decide(Optional.ofNullable(month), id, decision);
    String what = switch (decision) {
      case PICK -> "Picked " + change.id() + ": it enters the " + change.month() + " shortlist whatever its score";
      case DROP -> "Dropped " + change.id() + ": it never enters the " + change.month() + " shortlist";
      case NONE -> "Cleared the pick or drop of " + change.id() + " in " + change.month();
    };
    err.println(Terminal.sanitize(what) + "; next: curate rank --month " + change.month());
    return 0;
  }
}
