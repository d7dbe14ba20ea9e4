package dev.curate.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.model.CalendarMonth;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How Java values become column values and back, decided once for every table: instants as
 * fixed-width UTC text, months as {@code YYYY-MM}, booleans as 0/1, string lists as JSON arrays.
 */
final class Columns {
  /**
   * Always nine fraction digits: {@link Instant#toString()} drops zero fractions, and then "…:00Z"
   * would sort after "…:00.5Z" as text. Fixed width keeps text order equal to time order, and
   * nanoseconds keep an Instant equal to itself after a round trip.
   */
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  /** {@link #INSTANT}'s fields, their widths and the character after each. */
  private static final int[] WIDTHS = {4, 2, 2, 2, 2, 2, 9};

  private static final String AFTER = "--T::.Z";

  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

  private final ObjectMapper json;

  Columns(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Written digit by digit for the years 0 to 9999: through {@link #INSTANT} each instant cost a
   * dozen objects (a zoned date-time, its fields, a BigDecimal for the fraction), and a fetch of a
   * month from a dump writes three per thread, 23,000 for r/MachineLearning's November 2018: 22 MB
   * of garbage and a young collection in the middle of the save (JFR on scripts/bench-fetch-dump).
   */
  static String instant(Instant instant) {
    if (instant == null) {
      return null;
    }
    LocalDateTime t =
        LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return INSTANT.format(instant);
    }
    int[] fields = {
      t.getYear(),
      t.getMonthValue(),
      t.getDayOfMonth(),
      t.getHour(),
      t.getMinute(),
      t.getSecond(),
      t.getNano()
    };
    byte[] text = new byte[30];
    int at = 0;
    for (int f = 0; f < fields.length; f++) {
      digits(text, at, fields[f], WIDTHS[f]);
      at += WIDTHS[f];
      text[at++] = (byte) AFTER.charAt(f);
    }
    return new String(text, StandardCharsets.US_ASCII);
  }

  /**
   * {@code value} as {@code width} decimal digits, zero-padded, into {@code text} at {@code at}.
   */
  private static void digits(byte[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    return text == null ? null : Instant.from(INSTANT.parse(text));
  }

  static String month(CalendarMonth month) {
    return month.toString();
  }

  static CalendarMonth month(ResultSet row, String column) throws SQLException {
    return CalendarMonth.parseAny(row.getString(column));
  }

  static boolean bool(ResultSet row, String column) throws SQLException {
    return row.getInt(column) != 0;
  }

  /** Binds a nullable string; setString(null) would do too, but this says the null is meant. */
  static void nullableText(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  String stringList(List<String> values) {
    return jsonStrings(values == null ? List.of() : values);
  }

  /**
   * The strings as a JSON array, the text Jackson's ObjectMapper writes for them. Written here, as
   * the ids that {@link ThreadTable} links through {@code json_each}: in a fresh JVM ObjectMapper
   * took 8 ms to write a fetch's empty list of warnings (finding its serializers), and 20 ms or
   * more for a month's 7,708 thread ids where this takes 3 to 4 (SaveSubredditBench).
   */
  static String jsonStrings(List<String> values) {
    StringBuilder array = new StringBuilder(values.size() * 10 + 2).append('[');
    for (String value : values) {
      if (array.length() > 1) {
        array.append(',');
      }
      if (value == null) {
        array.append("null");
      } else if (needsNoEscape(value)) {
        array.append('"').append(value).append('"');
      } else {
        array.append('"').append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
      }
    }
    return array.append(']').toString();
  }

  /** Ids and most texts: copied as they are, without Jackson's escaping pass over each char. */
  private static boolean needsNoEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  List<String> stringList(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    try {
      return json.readValue(text, STRING_LIST);
    } catch (JsonProcessingException e) {
      throw new SQLException(
          "column " + column + " holds no JSON array of strings: " + e.getOriginalMessage(), e);
    }
  }

  /** An INTEGER column that may be NULL. */
  static Integer nullableInt(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  /** Binds a number that may be unknown: NULL, never 0, which would read as a real figure. */
  static void nullableInt(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  /** A REAL column that may be NULL. */
  static Double nullableReal(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }

  /** As {@link #nullableInt(PreparedStatement, int, Integer)}, for a REAL column. */
  static void nullableReal(PreparedStatement statement, int index, Double value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.REAL);
    } else {
      statement.setDouble(index, value);
    }
  }
}
