package dev.curate.cli;

import dev.curate.draft.UntrustedText;
import java.util.regex.Pattern;

/**
 * Fetched text is untrusted: a title could carry ANSI escapes that rewrite the terminal, or bidi
 * controls that make it read backwards. Strip escape sequences, control characters (keeping tab and
 * newline) and invisible characters ({@link UntrustedText#visible}) before printing.
 */
public final class Terminal {
  private static final Pattern ANSI =
      Pattern.compile(
          "\\u001B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)?|[@-Z\\\\-_])");
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cntrl}&&[^\\t\\n]]|[\\u0080-\\u009F]");

  private Terminal() {}

  public static String sanitize(String text) {
    if (text == null) {
      return "";
    }
    return UntrustedText.visible(CONTROL.matcher(ANSI.matcher(text).replaceAll("")).replaceAll(""));
  }
}
