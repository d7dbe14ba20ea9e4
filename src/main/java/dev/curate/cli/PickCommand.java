package dev.curate.cli;

import dev.curate.model.EditorOverride.Decision;
import picocli.CommandLine.Command;

@Command(
    name = "pick",
    mixinStandardHelpOptions = true,
    description = {
      "Put a candidate on the month's shortlist whatever its score; rank keeps it there on every re-run.",
      "A pick replaces an earlier pick or drop of the same candidate; --clear undoes it. Run rank again to see it.",
      "",
      "Example: curate pick openai/spinningup --month 2018-11",
      "         curate pick 9ysmtn            (a Reddit thread, by the id rank prints)",
      "         curate pick --clear openai/spinningup",
      "         curate pick 9xrm01 --force    (a candidate rank excludes, e.g. a removed thread)"
    })
final class PickCommand extends DecisionCommand {
  PickCommand() {
    super(Decision.PICK);
  }
}
