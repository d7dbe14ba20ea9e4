package dev.curate.draft;

import java.util.regex.Pattern;

/**
 * Makes untrusted text (titles, descriptions, excerpts, flair) render in Markdown as exactly
 * itself, on one line. The text is first cleaned by {@link UntrustedText#singleLine(String)} (no
 * control characters or terminal escapes, newlines collapsed), so the only line start it can have
 * is its own first character.
 *
 * <p>Escaping is by context rather than blanket, because the editor reads and edits the raw
 * Markdown: characters that are markup anywhere in a line ({@code \ ` * [ ] | ~}) are always
 * backslash-escaped; block markers ({@code # > - + = 1.}) only where they start the text; {@code _}
 * only where it is not between two letters or digits (CommonMark never reads intraword underscores
 * as emphasis, so {@code snake_case} stays legible); {@code &} only where it would start an entity.
 * {@code <} becomes {@code &lt;}, which stops raw HTML and autolinks alike. Parentheses, braces,
 * {@code !} and {@code .} are only markup next to a bracket or at the start of a line, cases
 * already covered. Unicode is never touched.
 */
public final class MarkdownEscaper {
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Pattern ORDERED_LIST_START = Pattern.compile("^[0-9]{1,9}[.)](?= |$)");

  private MarkdownEscaper() {}

  /** The escaped form of {@code text}; "" for null. */
  public static String escape(String text) {
    String s = UntrustedText.singleLine(text);
    StringBuilder out = new StringBuilder(s.length() + 16);
    int orderedMarker = orderedListMarkerIndex(s);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '[', ']', '|', '~' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '_' -> {
          if (!betweenLettersOrDigits(s, i)) {
            out.append('\\');
          }
          out.append(c);
        }
        case '&' -> {
          if (ENTITY.matcher(s).region(i, s.length()).lookingAt()) {
            out.append('\\');
          }
          out.append(c);
        }
        // An ATX heading opens at the line start; a closing sequence is a # run after a space.
        case '#' -> {
          if (i == 0 || s.charAt(i - 1) == ' ') {
            out.append('\\');
          }
          out.append(c);
        }
        // Block quote, bullet list, thematic break or setext underline, only at the line start.
        case '>', '-', '+', '=' -> {
          if (i == 0) {
            out.append('\\');
          }
          out.append(c);
        }
        case '.', ')' -> {
          if (i == orderedMarker) {
            out.append('\\');
          }
          out.append(c);
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Where "12." or "3)" would make the text an ordered list item, the index of the . or ). */
  private static int orderedListMarkerIndex(String s) {
    var m = ORDERED_LIST_START.matcher(s);
    return m.find() ? m.end() - 1 : -1;
  }

  private static boolean betweenLettersOrDigits(String s, int i) {
    if (i == 0 || i == s.length() - 1) {
      return false;
    }
    int before = s.codePointBefore(i);
    int after = s.codePointAt(i + 1);
    return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }
}
