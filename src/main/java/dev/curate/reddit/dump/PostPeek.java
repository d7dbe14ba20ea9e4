package dev.curate.reddit.dump;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds a dump line's {@code created_utc} and {@code subreddit} without parsing the JSON: a
 * subreddit's dump spans its whole life and a monthly dump holds every subreddit, so nearly every
 * line is of another month or another subreddit, and parsing each of them would make reading a dump
 * many times slower than decompressing it.
 *
 * <p>Only the post's own keys count. A crosspost carries its parent post in {@code
 * crosspost_parent_list}, with the parent's {@code created_utc} and {@code subreddit}, and either
 * may come first: Reddit's key order (Arctic Shift) puts that list before {@code created_utc},
 * Pushshift's alphabetical order puts it before {@code subreddit}. So the scan keeps track of
 * strings and nesting, and matches keys of the outermost object only.
 *
 * <p>{@code created_utc} is understood in the forms the archives have written: an integer, a float
 * ({@code 1541030400.0}) and, in old Pushshift files, a quoted number; anything else (an exponent,
 * null, text) is unknown. {@code subreddit} must be a plain string. Whatever is unknown leaves the
 * decision to a full parse.
 */
final class PostPeek {
  static final long UNKNOWN = Long.MIN_VALUE;
  private static final byte[] CREATED_UTC = "created_utc".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SUBREDDIT = "subreddit".getBytes(StandardCharsets.US_ASCII);

  /** {@code "created_utc} without its closing quote, searched for by {@link #everyTimeOutside}. */
  private static final byte[] KEY = "\"created_utc".getBytes(StandardCharsets.US_ASCII);

  /**
   * Horspool's shifts for {@link #KEY}: how far the key may move when the byte under its last
   * position is {@code b}. Most bytes are not in the key, so the search looks at about one byte in
   * ten of a line instead of every byte.
   */
  private static final int[] SHIFT = new int[256];

  static {
    Arrays.fill(SHIFT, KEY.length);
    for (int k = 0; k < KEY.length - 1; k++) {
      SHIFT[KEY[k] & 0xff] = KEY.length - 1 - k;
    }
  }

  private final long monthStart;
  private final long monthEnd;
  private long createdUtc;
  private String subreddit;

  /**
   * @param monthStart the month's first second; @param monthEnd the next month's first second
   */
  PostPeek(long monthStart, long monthEnd) {
    this.monthStart = monthStart;
    this.monthEnd = monthEnd;
  }

  /** The whole seconds of a line's own {@code created_utc}, or {@link #UNKNOWN}. */
  static long createdUtc(byte[] b, int offset, int length) {
    PostPeek peek = new PostPeek(Long.MIN_VALUE, Long.MAX_VALUE);
    peek.scan(b, offset, length);
    return peek.createdUtc();
  }

  /**
   * Scans {@code b[offset, offset + length)}, stopping once the line is known to be outside the
   * month or both keys are found.
   */
  void scan(byte[] b, int offset, int length) {
    createdUtc = UNKNOWN;
    subreddit = null;
    boolean createdSeen = false;
    boolean subredditSeen = false;
    int end = offset + length;
    int depth = 0;
    int i = offset;
    while (i < end) {
      byte c = b[i];
      if (c == '"') {
        int close = closingQuote(b, i + 1, end);
        if (close < 0) {
          return;
        }
        int afterString = close + 1;
        if (depth == 1) {
          int colon = skipSpaces(b, afterString, end);
          if (colon < end && b[colon] == ':') {
            int value = skipSpaces(b, colon + 1, end);
            if (!createdSeen && is(b, i + 1, close, CREATED_UTC)) {
              createdSeen = true;
              createdUtc = seconds(b, value, end);
              if (outsideMonth() || subredditSeen) {
                return;
              }
            } else if (!subredditSeen && is(b, i + 1, close, SUBREDDIT)) {
              subredditSeen = true;
              subreddit = plainString(b, value, end);
              if (createdSeen) {
                return;
              }
            }
            afterString = value;
          }
        }
        i = afterString;
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
      i++;
    }
  }

  /**
   * Whether the line is surely outside the month, without following strings and nesting: it holds
   * the key {@code "created_utc"} at least once and every such key, the post's own and any nested
   * post's (a crosspost's parent), has a plain number outside the month. Such a line cannot be of
   * the month, so the full {@link #scan}, which walks every byte of the line, is spared for the
   * lines of other months, nearly all of a dump. The bytes {@code "created_utc"} followed by a
   * colon are always a key: inside a string the quotes would be escaped. Any value of another form,
   * or a time inside the month, leaves the decision to {@link #scan}.
   */
  boolean everyTimeOutside(byte[] b, int offset, int length) {
    int end = offset + length;
    int last = KEY.length - 1;
    boolean found = false;
    for (int i = offset + last; i < end; i += SHIFT[b[i] & 0xff]) {
      if (b[i] != 'c' || !is(b, i - last, i + 1, KEY) || i + 1 >= end || b[i + 1] != '"') {
        continue;
      }
      int judged = timeAfterKey(b, i + 2, end);
      if (judged == OTHER_MONTH) {
        found = true;
      } else if (judged == MAYBE_THIS_MONTH) {
        return false;
      }
    }
    return found;
  }

  /** {@link #timeAfterKey}: the bytes {@code "created_utc"} are not followed by a colon. */
  static final int NOT_A_KEY = 0;

  /** {@link #timeAfterKey}: a plain number outside the month. */
  static final int OTHER_MONTH = 1;

  /** {@link #timeAfterKey}: a time in the month, or a value of another form. */
  static final int MAYBE_THIS_MONTH = 2;

  /**
   * Judges the value of a {@code "created_utc"} whose closing quote is just before {@code
   * afterKey}: {@link #NOT_A_KEY}, {@link #OTHER_MONTH} or {@link #MAYBE_THIS_MONTH}. Reads no
   * further than {@code end} nor past the line: a newline is neither a space, a colon nor a digit.
   */
  int timeAfterKey(byte[] b, int afterKey, int end) {
    int colon = skipSpaces(b, afterKey, end);
    if (colon >= end || b[colon] != ':') {
      return NOT_A_KEY;
    }
    long seconds = seconds(b, skipSpaces(b, colon + 1, end), end);
    return seconds == UNKNOWN || (seconds >= monthStart && seconds < monthEnd)
        ? MAYBE_THIS_MONTH
        : OTHER_MONTH;
  }

  long createdUtc() {
    return createdUtc;
  }

  /** The post's own subreddit as written, or null when the scan did not find it plainly. */
  String subreddit() {
    return subreddit;
  }

  boolean outsideMonth() {
    return createdUtc != UNKNOWN && (createdUtc < monthStart || createdUtc >= monthEnd);
  }

  /** The index of the quote that ends a string whose content starts at {@code from}, or -1. */
  private static int closingQuote(byte[] b, int from, int end) {
    for (int i = from; i < end; i++) {
      byte c = b[i];
      if (c == '"') {
        return i;
      }
      if (c == '\\') {
        i++;
      }
    }
    return -1;
  }

  private static boolean is(byte[] b, int from, int to, byte[] key) {
    if (to - from != key.length) {
      return false;
    }
    for (int k = 0; k < key.length; k++) {
      if (b[from + k] != key[k]) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpaces(byte[] b, int i, int end) {
    while (i < end && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static long seconds(byte[] b, int i, int end) {
    if (i < end && b[i] == '"') {
      i++;
    }
    long value = 0;
    int digits = 0;
    while (i < end && b[i] >= '0' && b[i] <= '9' && digits < 18) {
      value = value * 10 + (b[i] - '0');
      digits++;
      i++;
    }
    if (digits == 0 || (i < end && b[i] >= '0' && b[i] <= '9')) {
      return UNKNOWN;
    }
    if (i < end && b[i] == '.') {
      i++;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
    }
    // An exponent (1.541592E9, as some JSON writers print doubles) changes everything read so far.
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      return UNKNOWN;
    }
    return value;
  }

  /** A string value without escapes (subreddit names have none), else null. */
  private static String plainString(byte[] b, int i, int end) {
    if (i >= end || b[i] != '"') {
      return null;
    }
    for (int k = i + 1; k < end; k++) {
      if (b[k] == '"') {
        return new String(b, i + 1, k - i - 1, StandardCharsets.UTF_8);
      }
      if (b[k] == '\\') {
        return null;
      }
    }
    return null;
  }
}
