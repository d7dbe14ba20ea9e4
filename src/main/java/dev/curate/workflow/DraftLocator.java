package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.CalendarMonth;
import dev.curate.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a month's draft is in the workspace ({@code drafts/YYYY-MM.md}), for {@code edit}. */
public final class DraftLocator {
  private final Store store;
  private final Path workspace;

  public DraftLocator(Store store, Path workspace) {
    this.store = store;
    this.workspace = workspace;
  }

  public record Located(CalendarMonth month, Path path) {}

  /**
   * The draft of the month asked, else of the one fetched most recently.
   *
   * @throws CurateException when it has none yet (one line saying to run {@code curate draft}), or
   *     what is there is no regular file
   */
  public Located existing(Optional<CalendarMonth> asked) {
    CalendarMonth month = MonthChoice.resolve(store, asked);
    Path draft = DraftService.defaultPath(workspace, month);
    if (!Files.exists(draft)) {
      throw DraftFile.missing(draft, month);
    }
    if (!Files.isRegularFile(draft)) {
      throw new CurateException(
          ExitCode.FAILURE,
          draft
              + " is not a regular file: move it away, then run 'curate draft --month "
              + month
              + "'");
    }
    return new Located(month, draft);
  }
}
