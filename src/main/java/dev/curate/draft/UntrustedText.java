package dev.curate.draft;

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
}
