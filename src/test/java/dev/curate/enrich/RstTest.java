package dev.curate.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.enrich.Rst.Block;
import dev.curate.enrich.Rst.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The constructs of https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html as READMEs
 * use them.
 */
class RstTest {
  @Test
  void titlesKeepTheirTextAndLoseTheirAdornments() {
    assertThat(
            Rst.blocks(
                "#######\n Title\n#######\n\nSection\n-------\n\nText of it here.\n\n----------\n\nMore."))
        .containsExactly(
            new Block(Kind.TITLE, "Title"),
            new Block(Kind.TITLE, "Section"),
            new Block(Kind.PARAGRAPH, "Text of it here."),
            new Block(Kind.PARAGRAPH, "More."));
  }

  @Test
  void explicitMarkupIsLeftOutWithEverythingIndentedUnderIt() {
    String rst =
        """
        .. image:: https://img.shields.io/pypi/v/praw.svg
            :alt: Latest PRAW Version
            :target: https://pypi.python.org/pypi/praw
        .. |docs| image:: https://readthedocs.org/projects/praw/badge/
        .. _installation:

        .. code-block:: python

            import praw

            reddit = praw.Reddit()

        .. note:: Released with a `Code of Conduct
            <https://example.com/coc>`_.

        .. a comment
           over two lines

        Prose.
        """;

    assertThat(Rst.blocks(rst)).containsExactly(new Block(Kind.PARAGRAPH, "Prose."));
  }

  @Test
  void aLiteralBlockIsLeftOutAndItsMarkerReadsAsAColon() {
    assertThat(
            Rst.blocks(
                "Install it with::\n\n    pip install praw\n\nOr this ::\n\n    uv add praw\n\nDone."))
        .extracting(Block::text)
        .containsExactly("Install it with:", "Or this", "Done.");
  }

  @Test
  void tablesFieldListsAndBlockQuotesAreNotProse() {
    String rst =
        ":Author: Bryce Boe\n:Version: 7.8\n\n+-----+-----+\n| a   | b   |\n+-----+-----+\n\n"
            + "=====  =====\nA      B\n=====  =====\n\n    A quoted block.\n\nProse.";

    assertThat(Rst.blocks(rst)).extracting(Block::text).containsExactly("Prose.");
  }

  @Test
  void listItemsAreProseOfTheirOwn() {
    assertThat(Rst.blocks("- first item\n  continued\n- second item\n\n1. numbered"))
        .containsExactly(
            new Block(Kind.LIST_ITEM, "first item continued"),
            new Block(Kind.LIST_ITEM, "second item"),
            new Block(Kind.LIST_ITEM, "numbered"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "follows all of `Reddit's API rules <https://github.com/reddit/reddit/wiki/API>`_. => follows all of Reddit's API rules.",
        "see the `docs <https://praw.readthedocs.io/>`__ => see the docs",
        "no need to introduce ``sleep`` calls => no need to introduce sleep calls",
        "keeps ``__init__`` and ``a*b*c`` as they are => keeps __init__ and a*b*c as they are",
        "badges |docs| |ci|_ in a line => badges in a line",
        "the :class:`.Reddit` instance and `x`:sup: => the .Reddit instance and x",
        "*emphasis* and **strong** words => emphasis and strong words",
        "a reference_ and `a phrase`_ and `anonymous`__ => a reference and a phrase and anonymous",
        "a footnote [1]_ and [#]_ => a footnote and",
        "an escaped \\*star\\* => an escaped *star*"
      })
  void inlineMarkupKeepsOnlyItsWords(String rst, String prose) {
    assertThat(Rst.inline(rst)).isEqualTo(prose);
  }
}
