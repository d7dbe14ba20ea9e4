package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.files.FileKind;
import dev.curate.model.CalendarMonth;
import dev.curate.model.SourceResult;
import dev.curate.store.Store;
import dev.curate.testing.RepoBuilder;
import dev.curate.testing.SourceReports;
import dev.curate.testing.SpecialFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview of the draft as it is in the workspace, and where the page goes. */
class PreviewServiceTest {
  private static final CalendarMonth NOVEMBER = CalendarMonth.of(2018, 11);
  private static final Instant NOW = Instant.parse("2018-12-02T09:00:00Z");

  @TempDir Path workspace;

  private Store fetchedNovember() {
    Store store = Store.open(workspace);
    store.saveRepos(
        NOVEMBER,
        new SourceResult<>(
            List.of(RepoBuilder.repo("a/b").build()), SourceReports.github(1, 1, 1, List.of())),
        NOW);
    return store;
  }

  private Path draft(String markdown) throws IOException {
    Path draft = workspace.resolve("drafts/2018-11.md");
    Files.createDirectories(draft.getParent());
    Files.writeString(draft, markdown);
    return draft;
  }

  @Test
  void showsTheDraftAsTheEditorLeftItWithItsChartsInside() throws IOException {
    Path draft = draft("# Title\n\nMy own words.\n\n![Stars per day of a/b](2018-11/a-b.svg)\n");
    Files.createDirectories(workspace.resolve("drafts/2018-11"));
    Files.writeString(workspace.resolve("drafts/2018-11/a-b.svg"), "<svg/>");

    try (Store store = fetchedNovember()) {
      PreviewService.Preview preview =
          new PreviewService(store, workspace).write(Optional.of(NOVEMBER));

      assertThat(preview.page()).isEqualTo(workspace.resolve("preview/2018-11.html"));
      assertThat(preview.draft()).isEqualTo(draft);
      assertThat(Files.readString(preview.page()))
          .contains("<p>My own words.</p>", "<img src=\"data:image/svg+xml;base64,PHN2Zy8+\"");
    }
  }

  @Test
  void theMonthFetchedLastIsTheDefaultAndAnEarlierPageIsReplaced() throws IOException {
    draft("# One\n");
    try (Store store = fetchedNovember()) {
      PreviewService service = new PreviewService(store, workspace);
      service.write(Optional.empty());
      draft("# Two\n");

      Path page = service.write(Optional.empty()).page();

      assertThat(Files.readString(page)).contains("<h1>Two</h1>").doesNotContain("One");
    }
    try (var files = Files.list(workspace.resolve("preview"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("2018-11.html");
    }
  }

  @Test
  void aFifoWhereThePageGoesIsRefusedNotReplaced() throws Exception {
    draft("# T\n");
    Path fifo =
        SpecialFiles.mkfifo(
            Files.createDirectories(workspace.resolve("preview")).resolve("2018-11.html"));

    try (Store store = fetchedNovember()) {
      PreviewService service = new PreviewService(store, workspace);
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () ->
              assertThatThrownBy(() -> service.write(Optional.of(NOVEMBER)))
                  .isInstanceOfSatisfying(
                      CurateException.class,
                      e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                  .hasMessage(
                      fifo
                          + " is a FIFO (named pipe), not a regular file: curate writes the preview"
                          + " page there and replaces nothing else; move it away"));
    }
    assertThat(FileKind.of(fifo, LinkOption.NOFOLLOW_LINKS)).isEqualTo(FileKind.FIFO);
  }

  @Test
  void aDraftThatIsNoRegularFileIsNotRead() throws Exception {
    Path fifo =
        SpecialFiles.mkfifo(
            Files.createDirectories(workspace.resolve("drafts")).resolve("2018-11.md"));

    try (Store store = fetchedNovember()) {
      PreviewService service = new PreviewService(store, workspace);
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () ->
              assertThatThrownBy(() -> service.write(Optional.of(NOVEMBER)))
                  .hasMessage(
                      "cannot preview the draft "
                          + fifo
                          + ": it is a FIFO (named pipe), not a regular file"));
    }
    assertThat(workspace.resolve("preview")).doesNotExist();
  }
}
