package dev.curate.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void reducesRedditMarkdownToOneParagraphOfWords() {
    String markdown =
        "# Heading\n\nSee [the RFC](https://github.com/x/y \"title\") and **bold**, *it* or _it_.\n\n"
            + "> quoted\n\n* one\n* two\n1. first\n\n---\n\n```\ncode();\n```\n"
            + "`inline` ~~old~~ \\*literal\\* &#x200B;\n\nfoo&amp;bar &lt;3";

    assertThat(Excerpt.of(markdown))
        .isEqualTo(
            "Heading See the RFC and bold, it or it. quoted one two first inline old *literal* "
                + "foo&bar <3");
  }

  @Test
  void keepsShortTextWhole() {
    assertThat(Excerpt.of("Short and sweet.")).isEqualTo("Short and sweet.");
  }

  @Test
  void nullAndBlankGiveNothing() {
    assertThat(Excerpt.of(null)).isEmpty();
    assertThat(Excerpt.of(" \n&#x200B;\n ")).isEmpty();
  }

  @Test
  void cutsAtTheLastSentenceEndPastHalfTheLimit() {
    String first = "a".repeat(150) + ".";
    String text = first + " " + "word ".repeat(60);

    assertThat(Excerpt.cut(text, 280)).isEqualTo(first + " …");
  }

  @Test
  void cutsAtAWordBoundaryWhenNoSentenceEndsLateEnough() {
    String text = "Early. " + "word, ".repeat(100);

    String cut = Excerpt.cut(text, 280);

    assertThat(cut).endsWith("word…").doesNotContain(",…");
    assertThat(cut.length()).isLessThanOrEqualTo(281);
    assertThat(cut.length()).isGreaterThan(260);
  }

  @Test
  void cutsTextWithoutSpacesOnACodePointWithoutSplittingEmoji() {
    String text = "机器学习🚀".repeat(100);

    String cut = Excerpt.cut(text, 280);

    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(281);
    assertThat(cut).endsWith("…");
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
  }

  @Test
  void recognisesChineseSentenceEnds() {
    String text = "句".repeat(200) + "。" + "字".repeat(200);

    assertThat(Excerpt.cut(text, 280)).isEqualTo("句".repeat(200) + "。 …");
  }
}
