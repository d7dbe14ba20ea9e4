package dev.curate.cli;

import dev.curate.workflow.DraftLocator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "edit",
    mixinStandardHelpOptions = true,
    description = {
      "Open a month's draft (drafts/YYYY-MM.md in the workspace) in your editor: $VISUAL, else"
          + " $EDITOR, which may carry arguments ('code --wait'). The editor runs without curate's"
          + " credentials in its environment. Once you have edited the draft, 'curate draft' no"
          + " longer overwrites it without --force; 'curate draft --diff' shows what it would"
          + " change.",
      "",
      "Example: EDITOR='code --wait' curate edit --month 2018-11"
    })
final class EditCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Mixin MonthOption month;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (AppContext ctx = root.context(common, spec.commandLine().getErr())) {
      EditorLauncher launcher = ctx.editorLauncher();
      String editor = launcher.editor(); // no editor is said before the workspace is read
      DraftLocator.Located draft = ctx.draftLocator().existing(month.month());
      ctx.progress().accept("Opening the " + draft.month() + " draft in " + editor);
      launcher.edit(draft.path());
      return 0;
    }
  }
}
