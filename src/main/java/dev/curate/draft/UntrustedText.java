package dev.curate.draft;

import dev.curate.enrich.Excerpt;
import dev.curate.enrich.PlainText;

/**
 * Text from the APIs made safe to print on one line: terminal escapes and control characters
 * removed, whitespace collapsed. The rules are {@link PlainText}'s (shared with the extractors,
 * which sit below the draft); this is the name the draft and the CLI use.
 */
public final class UntrustedText {
  private UntrustedText() {}

  /** One clean line: no escapes, no control characters, single spaces, trimmed; "" for null. */
  public static String singleLine(String text) {
    return PlainText.singleLine(text);
  }

  /** Like {@link #singleLine(String)}, but null (or nothing left) stays null. */
  public static String singleLineOrNull(String text) {
    return PlainText.singleLineOrNull(text);
  }

  /**
   * Text without bidirectional controls, zero-width and tag characters, lines kept; null stays
   * null.
   */
  public static String visible(String text) {
    return PlainText.withoutInvisibles(text);
  }

  /**
   * A Reddit title as shown: one clean line, cut at {@value #TITLE_LIMIT} characters with "…".
   * Reddit's own limit is 300, so only a damaged or hostile answer is ever cut; a 100 KB "title"
   * must not become a 100 KB heading.
   */
  public static String title(String text) {
    return Excerpt.cut(singleLine(text), TITLE_LIMIT);
  }

  /** Reddit refuses longer titles ("title: this is too long (max: 300)"). */
  public static final int TITLE_LIMIT = 300;
}
