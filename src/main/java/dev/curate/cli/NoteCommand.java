package dev.curate.cli;

import dev.curate.workflow.EditorService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "note",
    mixinStandardHelpOptions = true,
    description = {
      "Attach the editor's note to a candidate: it appears in the item's EDITOR comment in the draft.",
      "A new note replaces the old one; --clear (or an empty TEXT) removes it.",
      "",
      "Example: curate note openai/spinningup \"Pair with the RL course thread\" --month 2018-11",
      "         curate note --clear openai/spinningup"
    })
final class NoteCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Mixin MonthOption month;
  @Spec CommandSpec spec;

  @Option(names = "--clear", description = "Remove the candidate's note.")
  boolean clear;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "As rank prints it: owner/name, or a Reddit thread's id.")
  String id;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "TEXT",
      description = "The note (one line of Markdown).")
  String text;

  @Override
  public Integer call() {
    if (clear && text != null && !text.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "give either the note's TEXT or --clear, not both");
    }
    if (!clear && text == null) {
      throw new ParameterException(
          spec.commandLine(), "give the note's TEXT, or --clear to remove the note");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      EditorService.Change change =
          ctx.editorService().note(month.month(), id, clear ? null : text);
      ctx.progress()
          .accept(
              (change.override().note() == null
                      ? "Removed the note of " + change.id() + " in " + change.month()
                      : "Noted " + change.id() + " in " + change.month())
                  + "; next: curate rank --month "
                  + change.month());
      return 0;
    }
  }
}
