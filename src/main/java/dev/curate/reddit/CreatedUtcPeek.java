package dev.curate.reddit;

/**
 * Finds a line's {@code created_utc} without parsing the JSON: a subreddit's dump spans its
 * whole life, so nearly every line is from another month, and parsing each of them would make
 * reading a dump many times slower than decompressing it. Understands the forms the archives
 * have written: an integer, a float ({@code 1541030400.0}) and, in old Pushshift files, a
 * quoted number. Anything else (an exponent, null, text) answers "unknown", and the line is
 * parsed in full.
 */
final class CreatedUtcPeek {
  static final long UNKNOWN = Long.MIN_VALUE;
  private static final byte[] KEY = "\"created_utc\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private CreatedUtcPeek() {}

  /** The whole seconds of the first {@code "created_utc"} key in the line, or {@link #UNKNOWN}. */
  static long seconds(byte[] b, int offset, int length) {
    int end = offset + length;
    int at = indexOf(b, offset, end);
    if (at < 0) {
      return UNKNOWN;
    }
    int i = skipSpaces(b, at + KEY.length, end);
    if (i >= end || b[i] != ':') {
      return UNKNOWN;
    }
    i = skipSpaces(b, i + 1, end);
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

  private static int skipSpaces(byte[] b, int i, int end) {
    while (i < end && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static int indexOf(byte[] b, int from, int end) {
    byte first = KEY[0];
    outer:
    for (int i = from; i <= end - KEY.length; i++) {
      if (b[i] != first) {
        continue;
      }
      for (int k = 1; k < KEY.length; k++) {
        if (b[i + k] != KEY[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
