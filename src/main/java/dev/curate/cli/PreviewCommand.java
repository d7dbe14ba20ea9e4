package dev.curate.cli;

import dev.curate.workflow.PreviewService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = {
      "Render a month's draft, as it is now (your edits included), as one HTML page and open it in"
          + " the default browser.",
      "The page needs no network: the star charts are inside it, remote images are shown as links,"
          + " and the editor's places (<!-- EDITOR: ... -->) are visible notes. It is written to"
          + " <workspace>/preview/YYYY-MM.html, and its path printed, opened or not.",
      "",
      "Example: curate preview --month 2018-11",
      "         curate preview --no-open"
    })
final class PreviewCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Mixin MonthOption month;
  @Spec CommandSpec spec;

  @Option(names = "--no-open", description = "Write the page and print its path; do not open it.")
  boolean noOpen;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      PreviewService.Preview preview = ctx.previewService().write(month.month());
      out.println(preview.page());
      out.flush();
      if (noOpen) {
        return 0;
      }
      BrowserOpener.Outcome opened = ctx.browserOpener().open(preview.page());
      if (opened.opened()) {
        ctx.progress().accept("Opened the " + preview.month() + " preview in the browser");
      } else {
        err.println(
            Terminal.sanitize(
                "The preview was not opened: "
                    + opened.reason()
                    + "; open "
                    + preview.page()
                    + " in a browser"));
        err.flush();
      }
      return 0;
    }
  }
}
