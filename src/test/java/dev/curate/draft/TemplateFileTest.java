package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.testing.SpecialFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFileTest {
  @TempDir Path dir;

  @Test
  void rendersTheEditorsOwnTemplateWithItsPartialsAndTheLanguagesTexts() throws IOException {
    Path template =
        Files.writeString(
            dir.resolve("mine.mustache"),
            "{{title}}\n{{#repos}}{{> entry}}{{/repos}}{{t.githubHeading}}\n");
    Files.writeString(dir.resolve("entry.mustache"), "- {{fullName}} ({{stars}})\n");

    String draft =
        DraftRenderer.fromFile(template)
            .render(DraftInput.of(NovemberShortlist.shortlist()).withLanguage(Language.ZH));

    assertThat(draft)
        .startsWith("5 个最佳机器学习 GitHub 仓库和 Reddit 讨论(2018 年 11 月)\n- openai/spinningup (4,210 星标)\n")
        .endsWith("GitHub 仓库\n");
  }

  @Test
  void aMissingFileIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("nope.mustache");

    assertThatThrownBy(() -> DraftRenderer.fromFile(missing))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessage("template " + missing + " not found");
  }

  @Test
  void aDirectoryIsNotATemplate() {
    assertThatThrownBy(() -> DraftRenderer.fromFile(dir))
        .hasMessage("template " + dir + " is a directory, not a regular file");
  }

  @Test
  void aSyntaxErrorNamesTheFileAndLineOnOneLine() throws IOException {
    Path template =
        Files.writeString(
            dir.resolve("broken.mustache"),
            "# {{title}}\n\n{{#repos}}\n- {{fullName}}\n{{/repo}}\n");

    assertThatThrownBy(() -> DraftRenderer.fromFile(template))
        .isInstanceOfSatisfying(
            CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessage("template " + template + ":5: Mismatched start/end tags: repos != repo");
  }

  @Test
  void anUnclosedSectionNamesWhereItOpened() throws IOException {
    Path template =
        Files.writeString(
            dir.resolve("open.mustache"), "# {{title}}\n{{#repos}}\n- {{fullName}}\n");

    assertThatThrownBy(() -> DraftRenderer.fromFile(template))
        .hasMessageStartingWith("template " + template + ":")
        .hasMessageContaining("Failed to close 'repos' tag")
        .message()
        .doesNotContain("\n", "@[");
  }

  @Test
  void aMissingPartialIsNamed() throws IOException {
    Path template = Files.writeString(dir.resolve("partial.mustache"), "{{> header}}\n");

    assertThatThrownBy(() -> DraftRenderer.fromFile(template))
        .hasMessage("template " + template + ": the partial header.mustache not found next to it");
  }

  @Test
  void aCharacterDeviceIsRefusedWithoutBeingRead() {
    // /dev/zero as a template ran out of memory; only its type is looked at.
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> DraftRenderer.fromFile(zero))
                .isInstanceOfSatisfying(
                    CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessage("template /dev/zero is a character device, not a regular file"));
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    Path fifo = SpecialFiles.mkfifo(dir.resolve("mine.mustache"));

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> DraftRenderer.fromFile(fifo))
                .hasMessage("template " + fifo + " is a FIFO (named pipe), not a regular file"));
  }

  @Test
  void aTemplateOverTheBoundIsRefused() throws IOException {
    Path template =
        Files.writeString(
            dir.resolve("big.mustache"), "x".repeat((int) TemplateFile.MAX_FILE_BYTES + 1));

    assertThatThrownBy(() -> DraftRenderer.fromFile(template))
        .hasMessage("template " + template + " is larger than 1 MiB (it is 1.0 MiB)");
  }

  @Test
  void aPartialThatIsAFifoIsRefusedWithoutBlocking() throws Exception {
    Path template = Files.writeString(dir.resolve("mine.mustache"), "{{title}}\n{{> entry}}\n");
    SpecialFiles.mkfifo(dir.resolve("entry.mustache"));

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> DraftRenderer.fromFile(template))
                .isInstanceOfSatisfying(
                    CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageStartingWith("template " + template)
                .hasMessageContaining(
                    "the partial entry.mustache is a FIFO (named pipe), not a regular file")
                .message()
                .doesNotContain("\n"));
  }

  @Test
  void aPartialLinkedToADeviceIsRefused() throws Exception {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
    Path template = Files.writeString(dir.resolve("mine.mustache"), "{{> entry}}\n");
    Files.createSymbolicLink(dir.resolve("entry.mustache"), zero);

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> DraftRenderer.fromFile(template))
                .hasMessage(
                    "template " + template + ": the partial entry.mustache not found next to it"));
  }

  @Test
  void aPartialOutsideTheTemplatesFolderIsNotRead() throws IOException {
    Path inner = Files.createDirectory(dir.resolve("inner"));
    Files.writeString(dir.resolve("secret.mustache"), "secret\n");
    Path template = Files.writeString(inner.resolve("mine.mustache"), "{{> ../secret}}\n");

    assertThatThrownBy(() -> DraftRenderer.fromFile(template)).hasMessageContaining("not found");
  }
}
