package dev.curate.enrich;

import java.util.regex.Pattern;

/**
 * Text from the APIs (titles, descriptions, flair) made safe to print on one line: terminal escape
 * sequences and control characters removed, every run of whitespace (newlines included) collapsed
 * to one space, and the invisible characters that change what a reader sees without being seen
 * removed ({@link #withoutInvisibles}). Unicode letters, CJK and emoji are left as they are. A
 * repository description can carry an ESC sequence that would recolour or retitle the editor's
 * terminal; see cli/go-gh's asciisanitizer for the same idea.
 *
 * <p>It lives here, below the draft, because the extractors cut and compare clean text too; {@code
 * dev.curate.draft.UntrustedText} is the name the rest of the code knows it by.
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
  private static final Pattern BREAKS =
      Pattern.compile("[\\t\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]");
  private static final Pattern CONTROLS = Pattern.compile("[\\u0000-\\u001F\\u007F-\\u009F]");
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  /**
   * Bidirectional controls (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069) reorder what
   * follows them: "txt.exe" can be made to read "exe.txt", a title to show words it does not
   * contain (Trojan Source, CVE-2021-42574). Zero-width characters (U+200B, U+200C, U+2060-U+2064,
   * U+FEFF, U+180E) and tag characters (U+E0000-U+E007F) hide text between visible letters. None of
   * them is needed to read a title: natural right-to-left text (Arabic, Hebrew) lays itself out
   * without controls. The price: U+200C shapes some Persian and Indic words (they stay legible),
   * and the tags of a subdivision flag (England's) leave a plain black flag.
   */
  private static final Pattern INVISIBLE =
      Pattern.compile(
          "[\\u061C\\u200B\\u200C\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\u180E]"
              + "|[\\x{E0000}-\\x{E007F}]");

  private static final int ZWJ = 0x200D;

  private PlainText() {}

  /** One clean line: no escapes, no control characters, single spaces, trimmed; "" for null. */
  public static String singleLine(String text) {
    if (text == null) {
      return "";
    }
    String s = ANSI.matcher(text).replaceAll("");
    s = BREAKS.matcher(s).replaceAll(" ");
    s = CONTROLS.matcher(s).replaceAll("");
    s = withoutInvisibles(s);
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /**
   * The text without bidirectional controls, zero-width and tag characters (see {@link
   * #INVISIBLE}), and otherwise untouched: for output that keeps its lines, such as rank --json.
   */
  public static String withoutInvisibles(String text) {
    return text == null ? null : withoutStrayJoiners(INVISIBLE.matcher(text).replaceAll(""));
  }

  /**
   * U+200D (zero-width joiner) is kept only inside an emoji sequence (👩‍💻, ❤️‍🔥: after an emoji,
   * its variation selector or skin tone, and before an emoji); anywhere else it only hides text.
   */
  private static String withoutStrayJoiners(String s) {
    if (s.indexOf(ZWJ) < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int before = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ZWJ
          && !(before >= 0
              && (emoji(before) || before == 0xFE0F)
              && i < s.length()
              && emoji(s.codePointAt(i)))) {
        continue;
      }
      out.appendCodePoint(cp);
      before = cp;
    }
    return out.toString();
  }

  /**
   * Pictographs emoji sequences join: technical symbols, dingbats, arrows, and the emoji planes.
   */
  private static boolean emoji(int cp) {
    return (cp >= 0x2300 && cp <= 0x23FF)
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B00 && cp <= 0x2BFF)
        || (cp >= 0x1F000 && cp <= 0x1FAFF);
  }

  /** Like {@link #singleLine(String)}, but null (or nothing left) stays null. */
  public static String singleLineOrNull(String text) {
    String s = singleLine(text);
    return s.isEmpty() ? null : s;
  }
}
