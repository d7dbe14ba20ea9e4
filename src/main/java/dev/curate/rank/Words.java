package dev.curate.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as a list of lowercase words, for matching the keywords, flairs and blocklist entries of the
 * configuration. A word is a run of letters or a run of digits: punctuation, hyphens and
 * underscores separate words ({@code Q-Learning} is {@code q learning}, {@code hello_world} is
 * {@code hello world}), and so does a change between letters and digits ({@code homework2} is
 * {@code homework 2}, {@code word2vec} is {@code word 2 vec}), so that repository names match the
 * way people write keywords.
 */
final class Words {
  // Separates texts given together, so that a phrase never spans a name and a description.
  private static final String BREAK = "";

  private final List<String> words;

  private Words(List<String> words) {
    this.words = words;
  }

  /** The words of all texts, in order; null texts are skipped. */
  static Words of(String... texts) {
    List<String> words = new ArrayList<>();
    for (String text : texts) {
      if (text != null) {
        split(text, words);
        words.add(BREAK);
      }
    }
    return new Words(words);
  }

  /** The words of one phrase, e.g. a keyword; empty when it has no letter or digit. */
  static List<String> phrase(String text) {
    List<String> words = new ArrayList<>();
    split(text, words);
    return List.copyOf(words);
  }

  /** The phrase's words joined by single spaces: how flairs and tags are compared. */
  static String normalised(String text) {
    return String.join(" ", phrase(text));
  }

  /**
   * Whether the phrase occurs as consecutive words. Its last word may also carry a trailing {@code
   * s}, so that {@code gan} matches {@code GANs} without listing every plural.
   */
  boolean contains(List<String> phrase) {
    if (phrase.isEmpty()) {
      return false;
    }
    int last = phrase.size() - 1;
    for (int start = 0; start + last < words.size(); start++) {
      boolean match = true;
      for (int i = 0; i < last && match; i++) {
        match = words.get(start + i).equals(phrase.get(i));
      }
      String word = words.get(start + last);
      if (match && (word.equals(phrase.get(last)) || word.equals(phrase.get(last) + "s"))) {
        return true;
      }
    }
    return false;
  }

  private static void split(String text, List<String> into) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    int kind = 0; // 0 none, 1 letters, 2 digits
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      int k = Character.isLetter(cp) ? 1 : Character.isDigit(cp) ? 2 : 0;
      if (k != kind && word.length() > 0) {
        into.add(word.toString());
        word.setLength(0);
      }
      if (k != 0) {
        word.appendCodePoint(cp);
      }
      kind = k;
      i += Character.charCount(cp);
    }
    if (word.length() > 0) {
      into.add(word.toString());
    }
  }
}
