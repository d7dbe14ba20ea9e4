package dev.curate.model;

/**
 * Reddit's names and thread paths, checked character by character. They replaced three regular
 * expressions that {@link RedditThread#permalinkOf} and the thread mapping ran on every post: for
 * the 7,708 posts of a dump's month that was 30 ms of the fetch's end, which runs alone (perf on
 * scripts/bench-fetch-dump). {@code RedditPathsTest} holds them to the expressions they replaced.
 */
public final class RedditPaths {
  private static final String SITE = RedditThread.SITE;
  private static final int NAME_MIN = 2;
  private static final int NAME_MAX = 21;
  private static final int ID_MAX = 13;
  private static final int SLUG_MAX = 120;

  private RedditPaths() {}

  /** {@code [A-Za-z0-9_]{2,21}}: the names Reddit allows a subreddit. */
  public static boolean isSubredditName(String s) {
    return s != null && nameEnd(s, 0) == s.length() && s.length() >= NAME_MIN;
  }

  /** {@code [0-9a-z]{1,13}}: a base36 id, without its kind prefix. */
  public static boolean isThreadId(String s) {
    return s != null && !s.isEmpty() && idEnd(s, 0) == s.length();
  }

  /**
   * The title slug of {@code path} when it is the path of thread {@code id} of {@code subreddit}
   * (names compared ignoring case, as Reddit does): {@code
   * [https://www.reddit.com]/r/<subreddit>/comments/<id>/<slug>[/]} with a slug of 1 to 120
   * letters, marks, digits and underscores. Null for any other path.
   */
  public static String slugOf(String path, String subreddit, String id) {
    int i = path.startsWith(SITE) ? SITE.length() : 0;
    if (!path.startsWith("/r/", i)) {
      return null;
    }
    int name = i + 3;
    int nameEnd = nameEnd(path, name);
    int nameLength = nameEnd - name;
    if (nameLength < NAME_MIN
        || nameLength != subreddit.length()
        || !path.regionMatches(true, name, subreddit, 0, nameLength)
        || !path.startsWith("/comments/", nameEnd)) {
      return null;
    }
    int idStart = nameEnd + "/comments/".length();
    int idEnd = idEnd(path, idStart);
    if (idEnd == idStart
        || idEnd - idStart != id.length()
        || !path.startsWith(id, idStart)
        || !path.startsWith("/", idEnd)) {
      return null;
    }
    int slug = idEnd + 1;
    int end = slug;
    int codePoints = 0;
    while (end < path.length() && codePoints < SLUG_MAX) {
      int c = path.codePointAt(end);
      if (!isSlugCharacter(c)) {
        break;
      }
      end += Character.charCount(c);
      codePoints++;
    }
    if (codePoints == 0) {
      return null;
    }
    boolean rest = end == path.length() || (end == path.length() - 1 && path.charAt(end) == '/');
    return rest ? path.substring(slug, end) : null;
  }

  /** Where the run of name characters from {@code from} ends, at most 21 characters on. */
  private static int nameEnd(String s, int from) {
    int i = from;
    while (i < s.length() && i - from < NAME_MAX && isNameCharacter(s.charAt(i))) {
      i++;
    }
    // A 22nd name character makes no name: nothing can follow a name but the end or a '/'.
    return i < s.length() && isNameCharacter(s.charAt(i)) ? -1 : i;
  }

  private static int idEnd(String s, int from) {
    int i = from;
    while (i < s.length() && i - from < ID_MAX && isIdCharacter(s.charAt(i))) {
      i++;
    }
    return i < s.length() && isIdCharacter(s.charAt(i)) ? -1 : i;
  }

  private static boolean isNameCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isIdCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** {@code [\p{L}\p{M}\p{N}_]}: a letter, a mark, a number or an underscore. */
  private static boolean isSlugCharacter(int c) {
    if (c == '_') {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
      Character.LOWERCASE_LETTER,
      Character.TITLECASE_LETTER,
      Character.MODIFIER_LETTER,
      Character.OTHER_LETTER,
      Character.NON_SPACING_MARK,
      Character.ENCLOSING_MARK,
      Character.COMBINING_SPACING_MARK,
      Character.DECIMAL_DIGIT_NUMBER,
      Character.LETTER_NUMBER,
      Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }
}
