package dev.curate.cli;

import dev.curate.draft.DraftRenderer;
import dev.curate.draft.Language;
import dev.curate.error.UsageException;
import dev.curate.model.CalendarMonth;
import dev.curate.workflow.DraftDiff;
import dev.curate.workflow.DraftFile;
import dev.curate.workflow.DraftService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
      "Each shortlisted thread's top comments are read from Reddit once (then kept); if Reddit cannot"
          + " be reached the draft is written without them.",
      "Each repository with a daily star history gets a chart (SVG) in a folder beside the draft"
          + " (drafts/2018-11/ for drafts/2018-11.md), linked from its entry; a draft printed with"
          + " --output - has none.",
      "",
      "--diff prints, as a unified diff, what regenerating would change in the draft on disk (your"
          + " edits show as lines regenerating would remove), and writes nothing.",
      "",
      "Example: curate draft --month 2018-11 --output -",
      "         curate draft --diff | less",
      "         curate draft --lang zh --front-matter --template my-issue.md.mustache"
    })
final class DraftCommand implements Callable<Integer> {
  @ParentCommand CurateCommand root;
  @Mixin CommonOptions common;
  @Mixin MonthOption month;
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Where to write the draft; '-' for stdout (default: <workspace>/drafts/YYYY-MM.md).",
      converter = OutputConverter.class)
  String output;

  /** '-' or a path; an empty value is refused as {@link PathConverter} refuses it. */
  static final class OutputConverter implements picocli.CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return "-".equals(value) ? value : new PathConverter().convert(value).toString();
    }
  }

  @Option(names = "--force", description = "Overwrite the draft even if the editor has changed it.")
  boolean force;

  @Option(
      names = "--diff",
      description =
          "Print what regenerating would change in the draft on disk (the default one, or"
              + " --output FILE) as a unified diff; write nothing.")
  boolean diff;

  @Option(
      names = "--lang",
      paramLabel = "en|zh",
      converter = LanguageConverter.class,
      description = "The language of the template's fixed text (default: en).")
  Language lang = Language.EN;

  @Option(
      names = "--front-matter",
      description = "Start with YAML front matter (title, date, tags) for static-site generators.")
  boolean frontMatter;

  @Option(
      names = "--template",
      paramLabel = "FILE",
      description =
          "A mustache template of your own instead of the built-in one (docs/editorial.md lists its fields).")
  Path template;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AppContext ctx = root.context(common, err)) {
      ctx.config(); // a bad config file is reported before the template or the workspace is read
      DraftRenderer renderer =
          template == null ? new DraftRenderer() : DraftRenderer.fromFile(template);
      DraftService service = ctx.draftService(renderer);
      CalendarMonth drafted = service.month(month.month());
      Optional<Path> target =
          "-".equals(output)
              ? Optional.empty()
              : Optional.of(output == null ? service.defaultPath(drafted) : Path.of(output));
      if (diff) {
        Path onDisk =
            target.orElseThrow(
                () ->
                    new UsageException(
                        "--diff compares with a draft file: give --output FILE, or none for the"
                            + " workspace's draft, not --output -"));
        return printDiff(service.keepingNothing(), drafted, onDisk, out, err, ctx.progress());
      }
      // A wrong --output is said before Reddit is asked for any comment.
      target.ifPresent(t -> DraftFile.check(t, force));
      DraftService.Draft draft = render(service, drafted, target, err);
      if (target.isEmpty()) {
        out.print(draft.markdown());
        out.flush();
        return 0;
      }
      DraftFile.write(target.get(), draft.markdown(), draft.charts(), force);
      if (!draft.charts().isEmpty()) {
        ctx.progress()
            .accept(
                "Wrote "
                    + draft.charts().size()
                    + (draft.charts().size() == 1 ? " star chart" : " star charts")
                    + " into "
                    + DraftFile.chartFolder(target.get()));
      }
      ctx.progress()
          .accept(
              "Wrote the "
                  + draft.month()
                  + " draft; the editor's places are marked <!-- EDITOR: ... -->");
      out.println(target.get());
      out.flush();
      return 0;
    }
  }

  /** The draft, its charts' folder named after {@code target}'s; its warnings said on err. */
  private DraftService.Draft render(
      DraftService service, CalendarMonth drafted, Optional<Path> target, PrintWriter err) {
    Optional<String> chartFolder =
        target.map(t -> DraftFile.chartFolder(t).getFileName().toString());
    DraftService.Draft draft =
        service.render(
            new DraftService.Options(Optional.of(drafted), lang, frontMatter, chartFolder));
    draft.warnings().forEach(w -> err.println(Terminal.sanitize("warning: " + w)));
    err.flush();
    return draft;
  }

  /** The unified diff from the draft on disk to a regenerated one; nothing is written. */
  private int printDiff(
      DraftService service,
      CalendarMonth drafted,
      Path onDisk,
      PrintWriter out,
      PrintWriter err,
      Consumer<String> progress) {
    String current = DraftFile.current(onDisk, drafted);
    DraftService.Draft draft = render(service, drafted, Optional.of(onDisk), err);
    List<String> lines = DraftDiff.unified(onDisk, current, draft.markdown());
    lines.forEach(out::println);
    out.flush();
    if (lines.isEmpty()) {
      progress.accept(onDisk + " is what curate would write now: regenerating changes nothing");
    }
    return 0;
  }
}
