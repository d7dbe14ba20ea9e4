package dev.curate.enrich;

import java.util.regex.Pattern;

/**
 * Text from the APIs (titles, descriptions, flair) made safe to print on one line: terminal escape
 * sequences and control characters removed, every run of whitespace (newlines included) collapsed
 * to one space. Unicode letters, CJK and emoji are left as they are. A repository description can
 * carry an ESC sequence that would recolour or retitle the editor's terminal; see cli/go-gh's
 * asciisanitizer for the same idea.
 *
 * <p>It lives here, below the draft, because the extractors cut and compare clean text too;
 * {@code dev.curate.draft.UntrustedText} is the name the rest of the code knows it by.
 */
public final class PlainText {
  // CSI (ESC [ params final), OSC (ESC ] ... BEL or ESC \), other two-byte escapes (ESC X), and
  // the 8-bit CSI (U+009B). Matched before single control characters so their parameters go too.
  private static final Pattern ANSI =
      Pattern.compile(
          "\u001B\\[[0-?]*[ -/]*[@-~]"
              + "|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?"
              + "|\u009B[0-?]*[ -/]*[@-~]"
              + "|\u001B[@-_]?");
  // Line breaks and tabs become spaces; everything else below U+0020, DEL and C1 goes.
  private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]");
  private static final Pattern CONTROLS = Pattern.compile("[\\u0000-\\u001F\\u007F-\\u009F]");
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private PlainText() {}

  /** One clean line: no escapes, no control characters, single spaces, trimmed; "" for null. */
  public static String singleLine(String text) {
    if (text == null) {
      return "";
    }
    String s = ANSI.matcher(text).replaceAll("");
    s = BREAKS.matcher(s).replaceAll(" ");
    s = CONTROLS.matcher(s).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Like {@link #singleLine(String)}, but null (or nothing left) stays null. */
  public static String singleLineOrNull(String text) {
    String s = singleLine(text);
    return s.isEmpty() ? null : s;
  }
}
