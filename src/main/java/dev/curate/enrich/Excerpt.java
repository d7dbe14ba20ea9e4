package dev.curate.enrich;

import java.util.regex.Pattern;

/**
 * A short plain-text excerpt of Reddit text (a self post, a comment), which is Markdown source: the
 * markup (links, emphasis, quotes, list markers, code fences, headings) is reduced to its words,
 * the whole is one paragraph, and it is cut near {@value #LIMIT} characters at the end of a
 * sentence or, failing that, of a word, with "…" to show that more follows.
 */
public final class Excerpt {
  public static final int LIMIT = 280;

  private static final Pattern FENCED_CODE =
      Pattern.compile("(?ms)^\\s*(```|~~~).*?(^\\s*\\1\\s*$|\\z)");
  private static final Pattern LINK =
      Pattern.compile("!?\\[([^\\]]*)\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern RULE = Pattern.compile("(?m)^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern BLOCK_MARKER =
      Pattern.compile("(?m)^\\s{0,3}(?:#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d{1,9}[.)]\\s+)");
  private static final Pattern STRONG = Pattern.compile("\\*\\*|__|~~|`");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])[*_](?=\\S)|(?<=\\S)[*_](?![\\w*])");
  private static final Pattern REDDIT_ESCAPE =
      Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|^])");
  // Reddit's new editor writes "&#x200B;" for blank lines; a few entities survive raw_json=1.
  private static final Pattern ZERO_WIDTH = Pattern.compile("&#x200[Bb];");

  private static final char HIDDEN = '\uE000';

  private Excerpt() {}

  /** The excerpt of at most about {@value #LIMIT} characters; "" for null or blank text. */
  public static String of(String markdown) {
    return of(markdown, LIMIT);
  }

  /** The excerpt of at most about {@code limit} code points; "" for null or blank text. */
  public static String of(String markdown, int limit) {
    if (markdown == null) {
      return "";
    }
    String s = hideEscapes(markdown);
    s = FENCED_CODE.matcher(s).replaceAll(" ");
    s = LINK.matcher(s).replaceAll("$1");
    s = RULE.matcher(s).replaceAll(" ");
    String before;
    do { // "> - quoted item" carries two markers
      before = s;
      s = BLOCK_MARKER.matcher(s).replaceAll("");
    } while (!s.equals(before));
    s = STRONG.matcher(s).replaceAll("");
    s = EMPHASIS.matcher(s).replaceAll("");
    s = ZERO_WIDTH.matcher(s).replaceAll("");
    s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return cut(PlainText.singleLine(revealEscapes(s)), limit);
  }

  /**
   * A backslash-escaped character ("\*literal\*") is literal text, so it is moved out of the way of
   * the markup patterns: into the private use area (U+E000 plus its ASCII code) until the end.
   */
  private static String hideEscapes(String s) {
    return REDDIT_ESCAPE
        .matcher(s)
        .replaceAll(m -> String.valueOf((char) (HIDDEN + m.group(1).charAt(0))));
  }

  private static String revealEscapes(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= HIDDEN && c < HIDDEN + 128 ? (char) (c - HIDDEN) : c);
    }
    return out.toString();
  }

  /**
   * Cuts plain one-line text to {@code limit} code points, never inside a surrogate pair,
   * preferring a sentence end past half way, then a word end; "…" shows that more follows.
   */
  public static String cut(String text, int limit) {
    if (text.codePointCount(0, text.length()) <= limit) {
      return text;
    }
    int end = text.offsetByCodePoints(0, limit);
    String head = text.substring(0, end);
    int sentence = lastSentenceEnd(text, end);
    if (sentence >= end / 2) {
      return head.substring(0, sentence) + " …";
    }
    int word = text.charAt(end) == ' ' ? end : head.lastIndexOf(' ');
    if (word >= end / 2) {
      return trimTrailingPunctuation(head.substring(0, word)) + "…";
    }
    return head + "…"; // one long token, or text without spaces such as Chinese
  }

  /** The index just after the last sentence-ending mark within the first {@code end} chars. */
  private static int lastSentenceEnd(String text, int end) {
    for (int i = end - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？') {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?')
          && i + 1 < text.length()
          && text.charAt(i + 1) == ' ') {
        return i + 1;
      }
    }
    return -1;
  }

  private static String trimTrailingPunctuation(String s) {
    int i = s.length();
    while (i > 0 && ",;:-–— ".indexOf(s.charAt(i - 1)) >= 0) {
      i--;
    }
    return s.substring(0, i);
  }
}
