package dev.curate.cli;

import dev.curate.model.EditorOverride.Decision;
import picocli.CommandLine.Command;

@Command(
    name = "drop",
    mixinStandardHelpOptions = true,
    description = {
      "Keep a candidate off the month's shortlist, whatever its score; rank leaves it out on every re-run.",
      "A drop replaces an earlier pick or drop of the same candidate; --clear undoes it. Run rank again to see it.",
      "",
      "Example: curate drop openai/spinningup --month 2018-11",
      "         curate drop 9ysmtn            (a Reddit thread, by the id rank prints)",
      "         curate drop --clear openai/spinningup"
    })
final class DropCommand extends DecisionCommand {
  DropCommand() {
    super(Decision.DROP);
  }
}
