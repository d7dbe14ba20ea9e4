package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFileTest {
  @TempDir Path dir;

  @Test
  void rendersTheEditorsOwnTemplateWithItsPartialsAndTheLanguagesTexts() throws IOException {
    Path template = Files.writeString(dir.resolve("mine.mustache"),
        "{{title}}\n{{#repos}}{{> entry}}{{/repos}}{{t.githubHeading}}\n");
    Files.writeString(dir.resolve("entry.mustache"), "- {{fullName}} ({{stars}})\n");

    String draft = DraftRenderer.fromFile(template).render(
        DraftInput.of(NovemberShortlist.shortlist()).withLanguage(Language.ZH));

    assertThat(draft).startsWith("5 个最佳机器学习 GitHub 仓库和 Reddit 讨论(2018 年 11 月)\n- openai/spinningup (4,210 星标)\n")
        .endsWith("GitHub 仓库\n");
  }

  @Test
  void aMissingFileIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("nope.mustache");

    assertThatThrownBy(() -> DraftRenderer.fromFile(missing))
        .isInstanceOfSatisfying(CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessage("template " + missing + " not found");
  }

  @Test
  void aDirectoryIsNotATemplate() {
    assertThatThrownBy(() -> DraftRenderer.fromFile(dir)).hasMessage("template " + dir + " is a directory, not a file");
  }

  @Test
  void aSyntaxErrorNamesTheFileAndLineOnOneLine() throws IOException {
    Path template = Files.writeString(dir.resolve("broken.mustache"), "# {{title}}\n\n{{#repos}}\n- {{fullName}}\n{{/repo}}\n");

    assertThatThrownBy(() -> DraftRenderer.fromFile(template))
        .isInstanceOfSatisfying(CurateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessage("template " + template + ":5: Mismatched start/end tags: repos != repo");
  }

  @Test
  void anUnclosedSectionNamesWhereItOpened() throws IOException {
    Path template = Files.writeString(dir.resolve("open.mustache"), "# {{title}}\n{{#repos}}\n- {{fullName}}\n");

    assertThatThrownBy(() -> DraftRenderer.fromFile(template))
        .hasMessageStartingWith("template " + template + ":")
        .hasMessageContaining("Failed to close 'repos' tag")
        .message().doesNotContain("\n", "@[");
  }

  @Test
  void aMissingPartialIsNamed() throws IOException {
    Path template = Files.writeString(dir.resolve("partial.mustache"), "{{> header}}\n");

    assertThatThrownBy(() -> DraftRenderer.fromFile(template))
        .hasMessage("template " + template + ": the partial header.mustache not found next to it");
  }
}
