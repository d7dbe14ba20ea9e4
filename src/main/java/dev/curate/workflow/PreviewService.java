package dev.curate.workflow;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.files.AtomicFile;
import dev.curate.files.FileAtPath;
import dev.curate.files.FileKind;
import dev.curate.model.CalendarMonth;
import dev.curate.preview.PreviewPage;
import dev.curate.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a month's draft, as it is now in the workspace (the editor's changes included), into one
 * HTML page that opens without the network: {@code <workspace>/preview/YYYY-MM.html}, replaced
 * whole at each preview.
 */
public final class PreviewService {
  private final Store store;
  private final Path workspace;
  private final PreviewPage page = new PreviewPage();

  public PreviewService(Store store, Path workspace) {
    this.store = store;
    this.workspace = workspace;
  }

  /**
   * @param draft the draft it shows
   * @param page where the page was written
   */
  public record Preview(CalendarMonth month, Path draft, Path page) {}

  /** Writes the page of the month asked (else the one fetched most recently). */
  public Preview write(Optional<CalendarMonth> asked) {
    CalendarMonth month = MonthChoice.resolve(store, asked);
    Path draft = DraftService.defaultPath(workspace, month);
    String markdown = DraftFile.current(draft, month, "preview");
    String html = page.render(draft.toString(), markdown, new DraftImages(draft));
    Path target = workspace.resolve("preview").resolve(month + ".html");
    try {
      requireReplaceable(target);
      AtomicFile.write(
          target, html.getBytes(StandardCharsets.UTF_8), () -> requireReplaceable(target));
    } catch (IOException e) {
      throw new CurateException(
          ExitCode.FAILURE,
          "cannot write the preview to " + target + " (" + e.getMessage() + ")",
          e);
    }
    return new Preview(month, draft, target);
  }

  /** The page replaces nothing but an earlier page (a regular file, or a link to one). */
  private static void requireReplaceable(Path target) {
    FileAtPath there = FileAtPath.of(target);
    if (there.replaceableByAFile() || there.kind() == FileKind.UNKNOWN) {
      return;
    }
    throw new CurateException(
        ExitCode.USAGE,
        target
            + " is "
            + there.description()
            + ", not a regular file: curate writes the preview page there and replaces nothing"
            + " else; move it away");
  }
}
