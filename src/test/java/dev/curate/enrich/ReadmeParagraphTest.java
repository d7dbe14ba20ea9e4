package dev.curate.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.Readme;
import dev.curate.model.ReadmeFormat;
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
    assertThat(ReadmeParagraph.first(Fixtures.readme("badges-logo-heading.md")))
        .contains(
            "BERT is a NLP model developed by Google for pre-training language representations. It leverages an "
                + "enormous amount of plain text data publicly available on the web and is trained in an unsupervised "
                + "manner.");
  }

  @Test
  void skipsATableAtTheTop() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("table-first.md")))
        .contains(
            "Here is my Python source code for QuickDraw - an online game developed by Google. With my code, you could:");
  }

  @Test
  void aReadmeOfOnlyCodeHasNoParagraph() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("only-code.md"))).isEmpty();
  }

  @Test
  void keepsLinkTextButDropsImagesAndJoinsLines() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("waveglow.md")))
        .contains(
            "In our recent paper, we propose WaveGlow: a flow-based network capable of generating high quality speech "
                + "from mel-spectrograms. WaveGlow combines insights from Glow and WaveNet in order to provide fast, "
                + "efficient and high-quality audio synthesis, without the need for auto-regression.");
  }

  @Test
  void keepsTheTextOfInlineHtmlAnchorsAndDecodesEntities() {
    assertThat(ReadmeParagraph.first(Fixtures.readme("gandissect.md")))
        .hasValueSatisfying(
            p ->
                assertThat(p)
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
    assertThat(ReadmeParagraph.first(Fixtures.readme("notice-and-contents.md")))
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("Neural Ordinary Differential Equations parameterize"));
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

  /**
   * PRAW's "The Python Reddit API Wrapper" before the fix read "\\#####… PRAW: The Python Reddit
   * API Wrapper \\#####…".
   */
  private static final String PRAW_PARAGRAPH =
      "PRAW, an acronym for \"Python Reddit API Wrapper\", is a Python package"
          + " that allows for simple access to Reddit's API. PRAW aims to be easy to use and internally follows all of"
          + " Reddit's API rules. With PRAW there's no need to introduce sleep calls in your code.";

  @Test
  void
      aReStructuredTextReadmeGivesItsFirstParagraphWithoutTitleAdornmentsDirectivesOrSubstitutions() {
    // overlined-title.rst has the shape of praw-dev/praw's README.rst (at 7b69758): a title between
    // two lines of #, `.. image::` badges with indented options, a |substitution| badge, a
    // `text <url>`_ link, ``literal``, a `.. _target:`, a code block, and a Slack invite URL.
    Readme praw = Readme.named("README.rst", Fixtures.readme("overlined-title.rst"));

    assertThat(ReadmeParagraph.first(praw)).contains(PRAW_PARAGRAPH);
  }

  @Test
  void aReadmeStoredBeforeItsFormatWasKeptIsRecognisedByItsMarkup() {
    String rst = Fixtures.readme("overlined-title.rst");

    assertThat(ReadmeParagraph.first(new Readme(null, ReadmeFormat.UNKNOWN, rst)))
        .contains(PRAW_PARAGRAPH);
    assertThat(
            ReadmeParagraph.first(
                new Readme(null, ReadmeFormat.UNKNOWN, Fixtures.readme("waveglow.md"))))
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("In our recent paper, we propose WaveGlow"));
  }

  @Test
  void reStructuredTextLinesInAMarkdownReadmeAreNotProse() {
    String overline = "#".repeat(37); // more than Markdown's six heading levels: a paragraph line
    String markdown =
        overline
            + "\n PRAW: The Python Reddit API Wrapper\n"
            + overline
            + "\n\n"
            + ".. image:: https://img.shields.io/pypi/v/praw.svg\n    :alt: Latest PRAW Version\n\n"
            + "A library of its own, described in plain words.";

    assertThat(ReadmeParagraph.first(markdown))
        .contains("A library of its own, described in plain words.");
  }

  @Test
  void aPlainTextReadmeGivesItsFirstParagraph() {
    Readme text =
        Readme.named(
            "README",
            "NAME\n====\n\nTools for reading the stars of a month, one paragraph\nof plain words.\n");

    assertThat(ReadmeParagraph.first(text))
        .contains("Tools for reading the stars of a month, one paragraph of plain words.");
  }

  @ParameterizedTest
  @CsvSource({
    "README.org, '#+TITLE: Notes\n\nA project written up in Org mode, with *bold* words.'",
    "README.adoc, '= Notes\n:toc:\n\nA project written up in AsciiDoc, with image::logo.png[] in it.'",
    "README.textile, 'h1. Notes\n\nA project written up in Textile, with !logo.png! in it.'"
  })
  void aReadmeInAMarkupCurateDoesNotReadGivesNoParagraph(String path, String text) {
    assertThat(ReadmeParagraph.first(Readme.named(path, text.replace("\\n", "\n")))).isEmpty();
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
      try (InputStream in =
          ReadmeParagraphTest.class.getResourceAsStream("/fixtures/readme/" + name)) {
        assertThat(in).as(name).isNotNull();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }
}
