package dev.curate.rank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void splitsOnPunctuationHyphensUnderscoresAndBetweenLettersAndDigits() {
    assertThat(Words.phrase("Q-Learning, hello_world! homework2 Word2Vec"))
        .containsExactly("q", "learning", "hello", "world", "homework", "2", "word", "2", "vec");
  }

  @Test
  void matchesWholeConsecutiveWordsIgnoringCase() {
    Words words = Words.of("Deep Q-Learning for Atari");
    assertThat(words.contains(Words.phrase("q learning"))).isTrue();
    assertThat(words.contains(Words.phrase("deep learning"))).isFalse();
    assertThat(Words.of("reassignment-net").contains(Words.phrase("assignment"))).isFalse();
  }

  @Test
  void theLastWordMayCarryAPluralS() {
    assertThat(Words.of("Training GANs").contains(Words.phrase("gan"))).isTrue();
    assertThat(Words.of("word embeddings").contains(Words.phrase("word embedding"))).isTrue();
    assertThat(Words.of("gans of words").contains(Words.phrase("gan of words"))).isFalse();
  }

  @Test
  void aPhraseNeverSpansTwoTexts() {
    Words words = Words.of("speech", "recognition toolkit");
    assertThat(words.contains(Words.phrase("speech recognition"))).isFalse();
    assertThat(words.contains(Words.phrase("recognition"))).isTrue();
  }

  @Test
  void aPhraseWithoutWordsMatchesNothing() {
    assertThat(Words.of("anything").contains(Words.phrase("!!"))).isFalse();
    assertThat(Words.normalised("  Discussion 💬 ")).isEqualTo("discussion");
  }
}
