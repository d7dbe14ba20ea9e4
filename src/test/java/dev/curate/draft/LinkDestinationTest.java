package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkDestinationTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://github.com/openai/spinningup | https://github.com/openai/spinningup",
        "HTTP://example.com/a | HTTP://example.com/a",
        "https://en.wikipedia.org/wiki/Go_(game) | https://en.wikipedia.org/wiki/Go_%28game%29",
        "https://x.org/a b | https://x.org/a%20b",
        "https://x.org/<script> | https://x.org/%3Cscript%3E",
        "https://x.org/a\\b | https://x.org/a%5Cb",
        "https://x.org/?q=a&b=c | https://x.org/?q=a&b=c",
        "https://x.org/?q=&amp; | https://x.org/?q=\\&amp;",
        "https://x.org/機械学習 | https://x.org/機械学習"
      })
  void encodesWhatWouldBreakAnUnbracketedDestination(String url, String destination) {
    assertThat(LinkDestination.of(url)).contains(destination);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://en.wikipedia.org/wiki/Go_(game)",
        "https://x.org/a b/(c)<d>",
        "https://x.org/?q=&amp;x=1&y=2",
        "https://x.org/a*b_c_d*"
      })
  void aReaderFollowsTheLinkToTheSameAddress(String url) {
    String destination = LinkDestination.of(url).orElseThrow();
    Node document = CommonMarkText.parse("[text](" + destination + ")");
    Link link = (Link) document.getFirstChild().getFirstChild();

    assertThat(link.getDestination())
        .isEqualTo(
            url.replace(" ", "%20")
                .replace("(", "%28")
                .replace(")", "%29")
                .replace("<", "%3C")
                .replace(">", "%3E"));
    assertThat(CommonMarkText.textOf(link)).isEqualTo("text");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "data:text/html,<script>",
        "ftp://example.com/file",
        "example.com",
        "//example.com/path",
        "http://",
        "mailto:a@b.c"
      })
  void refusesAnythingButHttpAndHttps(String url) {
    assertThat(LinkDestination.of(url)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesNothing(String url) {
    assertThat(LinkDestination.of(url)).isEmpty();
  }

  @Test
  void dropsControlCharactersAndSurroundingSpace() {
    assertThat(LinkDestination.of("  https://x.org/a\u001B[31m\n ")).contains("https://x.org/a");
  }
}
