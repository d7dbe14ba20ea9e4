package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.curate.draft.DraftChart;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.files.FileKind;
import dev.curate.testing.SpecialFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftFileTest {
  @TempDir Path dir;

  @Test
  void writesTheDraftWithAMarkerCreatingFolders() throws IOException {
    Path target = dir.resolve("drafts/2018-11.md");
    DraftFile.write(target, "# Title\n", false);
    String text = Files.readString(target);
    assertThat(text).startsWith("# Title\n");
    assertThat(text).containsPattern("<!-- curate-draft sha256=[0-9a-f]{64} -->\n$");
    assertThat(DraftFile.isUnedited(text)).isTrue();
  }

  @Test
  void overwritesADraftNobodyEdited() throws IOException {
    Path target = dir.resolve("d.md");
    DraftFile.write(target, "# One\n", false);
    DraftFile.write(target, "# Two\n", false);
    assertThat(Files.readString(target)).startsWith("# Two\n");
  }

  @Test
  void refusesToOverwriteAnEditedDraftWithoutForce() throws IOException {
    Path target = dir.resolve("d.md");
    DraftFile.write(target, "# One\n", false);
    String edited = Files.readString(target).replace("# One", "# One\n\nMy commentary.");
    Files.writeString(target, edited);
    assertThatThrownBy(() -> DraftFile.write(target, "# Two\n", false))
        .hasMessageContaining("has been edited")
        .hasMessageContaining("--force");
    assertThat(Files.readString(target)).isEqualTo(edited);
    DraftFile.write(target, "# Two\n", true);
    assertThat(Files.readString(target)).startsWith("# Two\n");
  }

  @Test
  void aFileCurateDidNotWriteCountsAsEdited() throws IOException {
    Path target = dir.resolve("notes.md");
    Files.writeString(target, "my own notes\n");
    assertThatThrownBy(() -> DraftFile.write(target, "# Two\n", false))
        .hasMessageContaining("edited");
    assertThat(Files.readString(target)).isEqualTo("my own notes\n");
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    DraftFile.write(dir.resolve("d.md"), "# One\n", false);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("d.md");
    }
  }

  @Test
  void aFifoIsRefusedWithoutBlockingAndStaysAFifoEvenWithForce() throws Exception {
    // Reading a FIFO for the edit check blocked forever; --force replaced it with a regular file.
    Path fifo = SpecialFiles.mkfifo(dir.resolve("draft.md"));

    for (boolean force : new boolean[] {false, true}) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () ->
              assertThatThrownBy(() -> DraftFile.write(fifo, "# One\n", force))
                  .isInstanceOfSatisfying(
                      CurateException.class,
                      e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                  .hasMessage(
                      fifo
                          + " is a FIFO (named pipe), not a regular file: curate writes drafts to regular files only"
                          + " (never replacing anything else, even with --force); to send the draft there, print it with"
                          + " --output - (curate draft --output - > "
                          + fifo
                          + ")"));
      assertThat(FileKind.of(fifo, LinkOption.NOFOLLOW_LINKS)).isEqualTo(FileKind.FIFO);
    }
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aCharacterDeviceIsRefusedWithoutBeingRead() {
    // Only ever without --force on a real device node: the tests run as root.
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(
        FileKind.of(devNull) == FileKind.CHARACTER_DEVICE, "no /dev/null device here");

    assertThatThrownBy(() -> DraftFile.check(devNull, false))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageStartingWith(
            "/dev/null is a character device, not a regular file: curate writes drafts to regular files only")
        .hasMessageEndingWith("print it with --output - (curate draft --output - > /dev/null)");
    assertThat(FileKind.of(devNull)).isEqualTo(FileKind.CHARACTER_DEVICE);
  }

  @Test
  void aLinkToADeviceIsNotReplacedEvenWithForce() throws IOException {
    // The link lives in the test's folder: whatever happens, a move replaces the link, never
    // /dev/null.
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(
        FileKind.of(devNull) == FileKind.CHARACTER_DEVICE, "no /dev/null device here");
    Path link = Files.createSymbolicLink(dir.resolve("draft.md"), devNull);

    for (boolean force : new boolean[] {false, true}) {
      assertThatThrownBy(() -> DraftFile.write(link, "# One\n", force))
          .isInstanceOfSatisfying(
              CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
          .hasMessageStartingWith(
              link + " is a symbolic link to a character device, not a regular file");
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(Files.readSymbolicLink(link)).isEqualTo(devNull);
    }
  }

  @Test
  void aLinkToACuratesDraftIsReplacedByTheNewDraft() throws IOException {
    Path real = dir.resolve("real.md");
    DraftFile.write(real, "# One\n", false);
    Path link = Files.createSymbolicLink(dir.resolve("draft.md"), real);

    DraftFile.write(link, "# Two\n", false);

    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(Files.readString(link)).startsWith("# Two\n");
    assertThat(Files.readString(real)).startsWith("# One\n");
  }

  @Test
  void aFolderIsNeverReplacedEvenWithForce() throws IOException {
    // An empty folder used to be replaced by the draft: a move with REPLACE_EXISTING takes empty
    // folders.
    Path folder = Files.createDirectory(dir.resolve("drafts"));

    assertThatThrownBy(() -> DraftFile.write(folder, "# One\n", true))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessage(
            folder
                + " is a directory: give --output a file name, e.g. "
                + folder.resolve("draft.md"));
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void aFileLargerThanAnyDraftIsNotReadWholeAndIsNotCurates() throws IOException {
    Path big = dir.resolve("big.md");
    try (var out = Files.newOutputStream(big)) {
      byte[] mib = new byte[1024 * 1024];
      java.util.Arrays.fill(mib, (byte) 'x');
      for (int i = 0; i < 17; i++) {
        out.write(mib);
      }
    }

    assertThatThrownBy(() -> DraftFile.write(big, "# One\n", false))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
        .hasMessage(
            big
                + " is not a draft curate wrote (it is larger than 16 MiB (it is 17 MiB)): pass --force to"
                + " overwrite it, or --output FILE to write the new draft elsewhere");
    assertThat(Files.size(big)).isEqualTo(17L * 1024 * 1024);

    DraftFile.write(big, "# One\n", true);
    assertThat(Files.readString(big)).startsWith("# One\n");
  }

  @Test
  void aDraftOverTheBoundIsNotWritten() {
    Path target = dir.resolve("d.md");

    assertThatThrownBy(() -> DraftFile.write(target, "x".repeat((int) DraftFile.MAX_BYTES), false))
        .hasMessageStartingWith(
            "the draft is 16.0 MiB, more than the 16 MiB curate writes to a file");
    assertThat(target).doesNotExist();
  }

  @Test
  void checkingWritesNothing() {
    Path target = dir.resolve("a/b/d.md");

    DraftFile.check(target, false);

    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aParentThatIsAFileIsSaidAtTheCheck() throws IOException {
    Path file = Files.writeString(dir.resolve("notes"), "mine\n");

    assertThatThrownBy(() -> DraftFile.check(file.resolve("d.md"), false))
        .hasMessage(
            "cannot write the draft to "
                + file.resolve("d.md")
                + " ("
                + file
                + " is not a folder): choose"
                + " another --output, or print the draft with --output -");
  }

  @Test
  void writesTheChartsIntoAFolderNamedAfterTheDraftBesideIt() throws IOException {
    Path target = dir.resolve("drafts/2018-11.md");

    DraftFile.write(
        target,
        "# Title\n",
        List.of(new DraftChart("a-b.svg", "<svg>a</svg>\n"), new DraftChart("c-d.svg", "<svg/>")),
        false);

    assertThat(dir.resolve("drafts/2018-11/a-b.svg")).hasContent("<svg>a</svg>");
    assertThat(dir.resolve("drafts/2018-11/c-d.svg")).hasContent("<svg/>");
    assertThat(Files.readString(target)).startsWith("# Title\n");
    try (var files = Files.list(dir.resolve("drafts/2018-11"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a-b.svg", "c-d.svg");
    }
  }

  @Test
  void aDraftWithoutChartsMakesNoChartFolder() {
    DraftFile.write(dir.resolve("2018-11.md"), "# Title\n", List.of(), false);

    assertThat(dir.resolve("2018-11")).doesNotExist();
  }

  @Test
  void theChartFolderIsTheDraftsNameWithoutItsExtensionOrWithChartsAdded() {
    assertThat(DraftFile.chartFolder(dir.resolve("2018-11.md"))).isEqualTo(dir.resolve("2018-11"));
    assertThat(DraftFile.chartFolder(dir.resolve("issue.v2.md")))
        .isEqualTo(dir.resolve("issue.v2"));
    // A file and a folder cannot share a name.
    assertThat(DraftFile.chartFolder(dir.resolve("issue"))).isEqualTo(dir.resolve("issue-charts"));
    assertThat(DraftFile.chartFolder(dir.resolve(".md"))).isEqualTo(dir.resolve(".md-charts"));
    // Never the draft's own folder or its parent.
    assertThat(DraftFile.chartFolder(dir.resolve("..md"))).isEqualTo(dir.resolve("..md-charts"));
    assertThat(DraftFile.chartFolder(dir.resolve("...md"))).isEqualTo(dir.resolve("...md-charts"));
  }

  @Test
  void aFileWhereTheChartFolderGoesIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path target = dir.resolve("2018-11.md");
    Files.writeString(dir.resolve("2018-11"), "mine");

    assertThatThrownBy(
            () ->
                DraftFile.write(
                    target, "# Title\n", List.of(new DraftChart("a.svg", "<svg/>")), false))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessage(
            dir.resolve("2018-11")
                + " is a regular file, not a folder: the draft "
                + target
                + " keeps its star charts in a folder of that name; move it away, or choose another"
                + " --output");
    assertThat(target).doesNotExist();
    assertThat(dir.resolve("2018-11")).hasContent("mine");
  }

  @Test
  void aFifoWhereAChartGoesIsRefusedBeforeAnyChartOrTheDraftIsWritten() throws Exception {
    Path target = dir.resolve("2018-11.md");
    Path folder = Files.createDirectory(dir.resolve("2018-11"));
    Path fifo = SpecialFiles.mkfifo(folder.resolve("z.svg"));

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(
                    () ->
                        DraftFile.write(
                            target,
                            "# Title\n",
                            List.of(
                                new DraftChart("a.svg", "<svg/>"),
                                new DraftChart("z.svg", "<svg/>")),
                            true))
                .isInstanceOfSatisfying(
                    CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageStartingWith(fifo + " is a FIFO (named pipe), not a regular file"));
    assertThat(FileKind.of(fifo, LinkOption.NOFOLLOW_LINKS)).isEqualTo(FileKind.FIFO);
    assertThat(folder.resolve("a.svg")).doesNotExist();
    assertThat(target).doesNotExist();
  }
}
