package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.curate.preview.LocalImage;
import dev.curate.testing.SpecialFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a draft's relative image links may bring into its preview page. */
class DraftImagesTest {
  @TempDir Path dir;

  private DraftImages images() {
    return new DraftImages(dir.resolve("drafts/2018-11.md"));
  }

  @Test
  void readsAChartBesideTheDraftByItsEncodedLink() throws IOException {
    Path chart = Files.createDirectories(dir.resolve("drafts/issue 2"));
    Files.writeString(chart.resolve("a-b.svg"), "<svg/>");

    Optional<LocalImage> found = images().find("issue%202/a-b.svg");

    assertThat(found).isPresent();
    assertThat(found.get().mediaType()).isEqualTo("image/svg+xml");
    assertThat(found.get().bytes()).asString().isEqualTo("<svg/>");
  }

  @Test
  void nothingOutsideTheDraftsFolderNorByAbsolutePathNorUrl() throws IOException {
    Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(dir.resolve("secret.png"), "x");

    assertThat(images().find("../secret.png")).isEmpty();
    assertThat(images().find("2018-11/../../secret.png")).isEmpty();
    assertThat(images().find(dir.resolve("secret.png").toString())).isEmpty();
    assertThat(images().find("file://" + dir.resolve("secret.png"))).isEmpty();
    assertThat(images().find("//host/secret.png")).isEmpty();
  }

  @Test
  void onlyFilesOfAnImageTypeThatExist() throws IOException {
    Path drafts = Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(drafts.resolve("notes.txt"), "x");
    Files.writeString(drafts.resolve("photo.PNG"), "png");

    assertThat(images().find("notes.txt")).isEmpty();
    assertThat(images().find("missing.svg")).isEmpty();
    assertThat(images().find("photo.PNG"))
        .get()
        .extracting(LocalImage::mediaType)
        .isEqualTo("image/png");
    assertThat(images().find("%zz.svg")).isEmpty(); // no URI
  }

  @Test
  void aFifoNamedLikeAnImageIsNotReadAndDoesNotBlock() throws Exception {
    Path fifo =
        SpecialFiles.mkfifo(Files.createDirectories(dir.resolve("drafts")).resolve("x.svg"));

    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> assertThat(images().find("x.svg")).isEmpty());
    assertThat(fifo).exists();
  }
}
