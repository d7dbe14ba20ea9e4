package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownEscaperTest {

  /** Inputs that are markup in CommonMark or GFM when left as they are. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "[a](b)",
        "![img](http://x/y.png)",
        "[ref]: /url",
        "*x*",
        "**bold** and *it*",
        "_y_",
        "__y__",
        "a_",
        "_a",
        "a|b",
        "| col | col |",
        "~~strike~~",
        "<script>alert(1)</script>",
        "<!-- comment -->",
        "<https://example.com>",
        "# not a heading",
        "###### six",
        "#hashtag",
        "Title ##",
        "1. not a list",
        "2) nor this",
        "123456789. long number",
        "- bullet",
        "+ plus",
        "* star",
        "> quote",
        "---",
        "===",
        "***",
        "___",
        "`code`",
        "``double``",
        "back\\slash and \\* and trailing\\",
        "\\",
        "&amp; and &#169; and &copy; are entities",
        "R&D & more",
        "```",
        "~~~",
        "{braces} (parens) !bang. dot+plus-minus",
        "emoji 🚀 and 👩‍💻 and ❤️",
        "中文标题：机器学习的最佳资源",
        "日本語の【タイトル】「テスト」",
        "snake_case_name",
        "C# and F#",
        "1.5 million",
        "x<y>z",
        "*",
        "#",
        "-",
        "1.",
        "[",
        "]",
        ":)"
      })
  void rendersAsTheOriginalText(String original) {
    String escaped = MarkdownEscaper.escape(original);
    Node document = CommonMarkText.parse(escaped);

    assertThat(CommonMarkText.textOf(document))
        .as("rendered text of %s", escaped)
        .isEqualTo(original);
    assertThat(CommonMarkText.nodeTypes(document))
        .as("node types of %s", escaped)
        .containsExactly("Document", "Paragraph", "Text");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\u001B[31mred\u001B[0m\" | red",
        "\"\u001B]0;evil title\u0007ok\" | ok",
        "\"line one\nline two\r\n\r\nthree\" | line one line two three",
        "\"tab\tand\u0000nul\u007Fdel\u0085nel\" | tab andnuldel nel",
        "\"  padded  \" | padded"
      })
  void stripsControlCharactersAndAnsiEscapesAndCollapsesLines(String input, String shown) {
    String escaped = MarkdownEscaper.escape(input);

    assertThat(escaped).doesNotContain("\u001B", "\n", "\r", "\u0000", "\u0007");
    assertThat(CommonMarkText.textOf(CommonMarkText.parse(escaped))).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      value = {
        "[a](b) => \\[a\\](b)",
        "*x* => \\*x\\*",
        "_y_ => \\_y\\_",
        "a|b => a\\|b",
        "<script> => &lt;script>",
        "# not a heading => \\# not a heading",
        "1. not a list => 1\\. not a list",
        "- item => \\- item",
        "> quote => \\> quote",
        "a\\b => a\\\\b",
        "&amp; => \\&amp;",
        "~x~ => \\~x\\~",
        "`x` => \\`x\\`"
      })
  void escapesMarkupWithBackslashesOrEntities(String input, String expected) {
    assertThat(MarkdownEscaper.escape(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "snake_case_name",
        "C# and F#",
        "v2.0 - fast, (really) {fast}!",
        "R&D",
        "1.5 million stars",
        "a > b",
        "emoji 🚀👩‍💻",
        "中文标题"
      })
  void leavesTextThatIsNotMarkupReadable(String text) {
    assertThat(MarkdownEscaper.escape(text)).isEqualTo(text);
  }

  @Test
  void nullEscapesToNothing() {
    assertThat(MarkdownEscaper.escape(null)).isEmpty();
  }
}
