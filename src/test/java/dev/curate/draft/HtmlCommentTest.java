package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlCommentTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ends --> here|ends - -> here",
        "ends --!> here|ends - -!> here",
        "opens <!-- another|opens < !- - another",
        "a ---- rule|a - - - - rule",
        "'<platform>:<app id> (by /u/<you>)'|'<platform>:<app id> (by /u/<you>)'",
        "x > y and a -> b|x > y and a -> b"
      })
  void neverEndsOrOpensACommentAndLeavesTheRestAsWritten(String text, String safe) {
    String comment = "<!-- EDITOR: " + HtmlComment.safe(text) + " -->";

    assertThat(HtmlComment.safe(text)).isEqualTo(safe);
    assertThat(comment.indexOf("-->")).isEqualTo(comment.length() - 3);
    assertThat(comment.substring(4)).doesNotContain("<!--").doesNotContain("--!>");
  }
}
