package dev.curate.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class ReadmeParagraphTest {

  @Test
  void skipsBadgesCentredLogoTaglineAndHeadingsToTheFirstProse() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("badges-logo-heading.md"))).contains(
        "BERT is a NLP model developed by Google for pre-training language representations. It leverages an "
            + "enormous amount of plain text data publicly available on the web and is trained in an unsupervised "
            + "manner.");
  }

  @Test
  void skipsATableAtTheTop() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("table-first.md"))).contains(
        "Here is my Python source code for QuickDraw - an online game developed by Google. With my code, you could:");
  }

  @Test
  void aReadmeOfOnlyCodeHasNoParagraph() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("only-code.md"))).isEmpty();
  }

  @Test
  void keepsLinkTextButDropsImagesAndJoinsLines() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("waveglow.md"))).contains(
        "In our recent paper, we propose WaveGlow: a flow-based network capable of generating high quality speech "
            + "from mel-spectrograms. WaveGlow combines insights from Glow and WaveNet in order to provide fast, "
            + "efficient and high-quality audio synthesis, without the need for auto-regression.");
  }

  @Test
  void keepsTheTextOfInlineHtmlAnchorsAndDecodesEntities() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("gandissect.md"))).hasValueSatisfying(p -> assertThat(p)
        .startsWith("GAN Dissection is a way to inspect the internal representations")
        .contains("Try the GANPaint demo to see it at work, or read the arXiv paper.")
        .doesNotContain("<a", "**"));
  }

  @Test
  void skipsTheLanguageSwitcherOfAChineseReadme() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("chinese.md")))
        .contains("本项目基于 PyTorch 实现了多种中文文本分类模型，开箱即用，适合作为入门练习和研究基线。");
  }

  @Test
  void skipsNoticesContentsListsAndLinkRows() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("notice-and-contents.md"))).hasValueSatisfying(p ->
        assertThat(p).startsWith("Neural Ordinary Differential Equations parameterize"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'English | [中文](README_zh.md)\n\nA library for fast and accurate training of models.'"
            + " | A library for fast and accurate training of models.",
        "'[Docs](https://x.org) · [Paper](https://arxiv.org/abs/1811.00002) · [Blog](https://b.org)\n\nReal words in a row here.'"
            + " | Real words in a row here.",
        "'Install: `pip install x`\n\nThis is what it does, in prose.' | This is what it does, in prose.",
        "'<div align=\"center\">\n<img src=\"logo.svg\">\n</div>\n\nPlain *emphasised* and `code` prose here.'"
            + " | Plain emphasised and code prose here."
      })
  void skipsWhatIsNotProse(String markdown, String expected) {
    assertThat(ReadmeParagraph.first(markdown.replace("\\n", "\n"))).contains(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void nothingInNothing(String markdown) {
    assertThat(ReadmeParagraph.first(markdown)).isEmpty();
  }

  /** README fixtures imitating real projects' first screens. */
  static final class Fixtures {
    private Fixtures() {}

    static String readme(String name) {
      try (InputStream in = ReadmeParagraphTest.class.getResourceAsStream("/fixtures/readme/" + name)) {
        assertThat(in).as(name).isNotNull();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }
}
