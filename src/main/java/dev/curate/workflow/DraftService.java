package dev.curate.workflow;

import dev.curate.draft.DraftRenderer;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Shortlist;
import dev.curate.store.Store;
import java.nio.file.Path;
import java.util.Optional;

/** Renders a month's saved shortlist as the article's Markdown skeleton. */
public final class DraftService {
  private final Store store;
  private final DraftRenderer renderer;
  private final Path workspace;

  public DraftService(Store store, DraftRenderer renderer, Path workspace) {
    this.store = store;
    this.renderer = renderer;
    this.workspace = workspace;
  }

  public record Draft(CalendarMonth month, String markdown) {}

  public Draft render(Optional<CalendarMonth> asked) {
    CalendarMonth month = MonthChoice.resolve(store, asked);
    Shortlist shortlist =
        store
            .shortlist(month)
            .orElseThrow(
                () ->
                    new CurateException(
                        ExitCode.FAILURE,
                        "no shortlist for " + month + " yet: run 'curate rank --month " + month + "' first"));
    return new Draft(month, renderer.render(shortlist, store.coverage(month)));
  }

  /** The default place of a month's draft: {@code <workspace>/drafts/YYYY-MM.md}. */
  public Path defaultPath(CalendarMonth month) {
    return workspace.resolve("drafts").resolve(month + ".md");
  }
}
