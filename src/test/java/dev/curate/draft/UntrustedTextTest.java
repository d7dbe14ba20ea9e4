package dev.curate.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UntrustedTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Bidirectional controls: a right-to-left override makes "[D] Free gpu credits txt.exe"
        // show as
        // "[D] Free gpu credits exe.txt" (Trojan Source); embeddings, isolates, marks.
        "right-to-left override | [D] Free gpu credits \u202Etxt.exe | [D] Free gpu credits txt.exe",
        "embeddings and pop | a\u202Ab\u202Bc\u202Cd\u202De | abcde",
        "isolates | x\u2066y\u2067z\u2068w\u2069 | xyzw",
        "marks | \u200Eleft\u200F\u061C | left",
        // Zero-width characters hide text between visible letters.
        "zero-width space and joiners | pay\u200Bpal\u200C\u2060\uFEFF | paypal",
        "tag characters | flag\uDB40\uDC41\uDB40\uDC7F | flag",
      })
  void removesInvisibleCharactersThatChangeWhatAReaderSees(
      String what, String input, String shown) {
    assertThat(UntrustedText.singleLine(input)).isEqualTo(shown);
    assertThat(UntrustedText.visible(input)).isEqualTo(shown);
  }

  @Test
  void keepsLegitimateNonLatinTextAndEmoji() {
    String mixed = "[D] 深度学习 — שלום עולם مرحبا 🚀 ✨ naïve café";
    assertThat(UntrustedText.singleLine(mixed)).isEqualTo(mixed);
  }

  @Test
  void aZeroWidthJoinerStaysInsideAnEmojiSequenceOnly() {
    assertThat(
            UntrustedText.singleLine(
                "family 👨\u200D👩\u200D👧, coder 👩🏽\u200D💻, heart ❤\uFE0F\u200D🔥"))
        .isEqualTo("family 👨\u200D👩\u200D👧, coder 👩🏽\u200D💻, heart ❤\uFE0F\u200D🔥");
    assertThat(UntrustedText.singleLine("pay\u200Dpal \u200D🚀 🚀\u200D"))
        .isEqualTo("paypal 🚀 🚀");
  }

  @Test
  void visibleKeepsLinesForMachineOutput() {
    assertThat(UntrustedText.visible("line one\n\u202Eline two")).isEqualTo("line one\nline two");
    assertThat(UntrustedText.visible(null)).isNull();
  }

  @Test
  void aTitleIsCutAtRedditsOwnLimitWithAnEllipsis() {
    String huge = "[D] " + "spam ".repeat(20_000);

    String shown = UntrustedText.title(huge);

    assertThat(shown.codePointCount(0, shown.length()))
        .isLessThanOrEqualTo(UntrustedText.TITLE_LIMIT + 1);
    assertThat(shown).startsWith("[D] spam spam").endsWith("…");
    assertThat(UntrustedText.title("[D] A normal title")).isEqualTo("[D] A normal title");
  }
}
