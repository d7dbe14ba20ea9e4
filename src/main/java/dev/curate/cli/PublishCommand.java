package dev.curate.cli;

import dev.curate.model.Publication;
import dev.curate.workflow.PublishService;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Record a month's issue as published: its shortlist becomes what the series featured, which"
          + " later months' rankings leave out (unless rank --allow-repeats), and later drafts list"
          + " the issue in their archive, linked to --url.",
      "Publishing a month again replaces what was recorded (after a re-rank, or to add the URL).",
      "",
      "Example: curate publish --month 2018-11 --url https://example.com/2018/11/ml-roundup"
    })
final class PublishCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Mixin MonthOption.Required month;
  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The issue's public address (http or https).")
  String url;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      PublishService.Published published =
          ctx.publishService().publish(month.month(), Optional.ofNullable(url));
      Publication p = published.publication();
      String again =
          published
              .previous()
              .map(
                  before ->
                      " again (it replaces the record of "
                          + before.publishedAt().toString().substring(0, 10)
                          + ", "
                          + before.featured().size()
                          + " featured items)")
              .orElse("");
      ctx.progress()
          .accept(
              "Recorded "
                  + p.month()
                  + " as published"
                  + again
                  + " with "
                  + p.featured().size()
                  + " featured items"
                  + (p.url() == null
                      ? " (no URL: later drafts ask for it; publish again with --url)"
                      : " at " + Terminal.sanitize(p.url())));
      return 0;
    }
  }
}
