package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertThatThrownBy(() -> DraftFile.write(target, "# Two\n", false)).hasMessageContaining("edited");
    assertThat(Files.readString(target)).isEqualTo("my own notes\n");
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    DraftFile.write(dir.resolve("d.md"), "# One\n", false);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("d.md");
    }
  }
}
