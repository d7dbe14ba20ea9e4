package dev.curate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void stripsAnsiSequencesAndControlCharactersButKeepsUnicode() {
    assertThat(Terminal.sanitize("\u001B[31mred\u001B[0m title\u0007 ✨ 深度学习\tok"))
        .isEqualTo("red title ✨ 深度学习\tok");
    assertThat(Terminal.sanitize("\u001B]0;evil title\u0007after")).isEqualTo("after");
    assertThat(Terminal.sanitize(null)).isEmpty();
  }

  @Test
  void stripsBidiControlsAndZeroWidthCharactersButKeepsLines() {
    assertThat(Terminal.sanitize("warning: r/x: \u202Etxt.exe\u200B\nnext line"))
        .isEqualTo("warning: r/x: txt.exe\nnext line");
  }

  @Test
  void scrubberRemovesEveryCredentialValue() {
    SecretScrubber s =
        new SecretScrubber(
            Map.of(
                "GH_TOKEN",
                "ghp_0123456789abcdef",
                "REDDIT_CLIENT_SECRET",
                "s3cr3t-value",
                "HOME",
                "/root"));
    assertThat(
            s.scrub("Authorization: token ghp_0123456789abcdef; secret=s3cr3t-value; home=/root"))
        .isEqualTo("Authorization: token [redacted]; secret=[redacted]; home=/root");
  }
}
