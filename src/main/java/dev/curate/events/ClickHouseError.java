package dev.curate.events;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error as ClickHouse reports it: a number, its name and a message. ClickHouse answers a failed
 * query with an HTTP 4xx/5xx, the header {@code X-ClickHouse-Exception-Code: N} and a plain-text
 * body {@code Code: N. DB::Exception: MESSAGE. (NAME) (version V)}; servers before 22 wrote {@code
 * Code: N, e.displayText() = DB::Exception: MESSAGE (version V)}, without the name. The names and
 * numbers are those of ClickHouse's {@code src/Common/ErrorCodes.cpp} (checked on ClickHouse 26.7
 * with {@code errorCodeToName}).
 *
 * @param code the number; 0 when neither the header nor the text gave one
 * @param name the symbolic name ({@code UNKNOWN_TABLE}), or empty when the text had none
 * @param message ClickHouse's message without the code, name and version, on one line
 */
public record ClickHouseError(int code, String name, String message) {
  // The codes curate words a line of its own for (ErrorCodes.cpp).
  static final int THERE_IS_NO_COLUMN = 8;
  static final int NO_SUCH_COLUMN_IN_TABLE = 16;
  static final int UNKNOWN_IDENTIFIER = 47;
  static final int UNKNOWN_TABLE = 60;
  static final int UNKNOWN_DATABASE = 81;
  static final int TOO_MANY_ROWS = 158;
  static final int TIMEOUT_EXCEEDED = 159;
  static final int TOO_SLOW = 160;
  static final int READONLY = 164;
  static final int UNKNOWN_USER = 192;
  static final int WRONG_PASSWORD = 193;
  static final int REQUIRED_PASSWORD = 194;
  static final int QUOTA_EXCEEDED = 201;
  static final int TOO_MANY_SIMULTANEOUS_QUERIES = 202;
  static final int SOCKET_TIMEOUT = 209;
  static final int NETWORK_ERROR = 210;
  static final int MEMORY_LIMIT_EXCEEDED = 241;
  static final int LIMIT_EXCEEDED = 290;
  static final int TOO_MANY_BYTES = 307;
  static final int TOO_MANY_ROWS_OR_BYTES = 396;
  static final int CANNOT_SCHEDULE_TASK = 439;
  static final int ACCESS_DENIED = 497;
  static final int AUTHENTICATION_FAILED = 516;

  /** The header ClickHouse names the error's number in, whatever the status. */
  public static final String CODE_HEADER = "X-ClickHouse-Exception-Code";

  private static final Pattern CODE = Pattern.compile("Code:\\s*(\\d+)[.,]");
  private static final Pattern VERSION =
      Pattern.compile("\\s*\\(version [^()]*(\\([^()]*\\))?[^()]*\\)\\s*$");
  private static final Pattern NAME_AT_END = Pattern.compile("\\s*\\(([A-Z][A-Z0-9_]+)\\)$");
  private static final String EXCEPTION = "DB::Exception:";
  private static final String OLD_EXCEPTION = "e.displayText() =";

  /** Whether {@code text} holds an error in ClickHouse's words: {@code Code: N. DB::Exception}. */
  static boolean isIn(String text) {
    Matcher code = CODE.matcher(text);
    return code.find() && text.indexOf(EXCEPTION, code.end()) >= 0;
  }

  /**
   * The error in {@code text} (an error body, or what follows the rows of a streamed answer), with
   * the header's number where the header has one.
   */
  static ClickHouseError parse(String text, OptionalInt headerCode) {
    String rest = text.replaceAll("\\s+", " ").trim();
    int number = headerCode.orElse(0);
    Matcher code = CODE.matcher(rest);
    if (code.find()) {
      number = headerCode.orElse(Integer.parseInt(code.group(1)));
      rest = rest.substring(code.end());
    }
    rest = after(after(rest, OLD_EXCEPTION), EXCEPTION).trim();
    rest = VERSION.matcher(rest).replaceFirst("");
    String name = "";
    Matcher named = NAME_AT_END.matcher(rest);
    if (named.find()) {
      name = named.group(1);
      rest = rest.substring(0, named.start());
    }
    rest = rest.trim();
    if (rest.endsWith(".")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return new ClickHouseError(number, name, rest);
  }

  private static String after(String text, String marker) {
    int at = text.indexOf(marker);
    return at < 0 ? text : text.substring(at + marker.length());
  }

  /** The number a header carries, if it is one. */
  static OptionalInt headerCode(String header) {
    if (header == null || !header.trim().matches("\\d{1,6}")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(header.trim()));
  }

  /**
   * Whether trying the query again may succeed: the server busy or a connection of its own lost.
   * Everything else ClickHouse answers (a limit, a quota, a missing table, bad credentials) is its
   * verdict on this query, and asking again would only spend the quota.
   */
  boolean isTransient() {
    return code == TOO_MANY_SIMULTANEOUS_QUERIES
        || code == SOCKET_TIMEOUT
        || code == NETWORK_ERROR
        || code == CANNOT_SCHEDULE_TASK;
  }

  /** {@code NAME: message}, or {@code Code N: message} for a server that gave no name. */
  String quoted() {
    String label = name.isEmpty() ? (code == 0 ? "" : "Code " + code) : name;
    return label.isEmpty() ? message : label + ": " + message;
  }
}
