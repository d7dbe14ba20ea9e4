package dev.curate.cli;

import dev.curate.draft.DraftRenderer;
import dev.curate.model.CalendarMonth;
import dev.curate.workflow.DraftFile;
import dev.curate.workflow.DraftService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "draft",
    mixinStandardHelpOptions = true,
    description = {
      "Render a month's shortlist as the Markdown skeleton of the article, with a marked place"
          + " for the editor's commentary in each entry.",
      "A draft the editor has changed is never overwritten without --force.",
      "",
      "Example: curate draft --month 2018-11 --output -"
    })
final class DraftCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month (default: the one fetched most recently).")
  CalendarMonth month;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the draft; '-' for stdout (default: <workspace>/drafts/YYYY-MM.md).")
  String output;

  @Option(names = "--force", description = "Overwrite the draft even if the editor has changed it.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      ctx.config(); // a bad config file is reported before the workspace is touched
      DraftService service = new DraftService(ctx.store(), new DraftRenderer(), ctx.workspace());
      DraftService.Draft draft = service.render(Optional.ofNullable(month));
      if ("-".equals(output)) {
        out.print(draft.markdown());
        out.flush();
        return 0;
      }
      Path target = output == null ? service.defaultPath(draft.month()) : Path.of(output);
      DraftFile.write(target, draft.markdown(), force);
      err.println("Wrote the " + draft.month() + " draft; the editor's places are marked <!-- EDITOR: ... -->");
      out.println(target);
      out.flush();
      return 0;
    }
  }
}
