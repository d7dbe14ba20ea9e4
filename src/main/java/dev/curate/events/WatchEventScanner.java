package dev.curate.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.curate.files.LineSplitter;
import dev.curate.model.CalendarMonth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.zip.GZIPInputStream;

/**
 * Counts the star events of one GH Archive hour file, streamed: the gzip is undone as it is read,
 * lines are cut from a reused buffer, and only lines that hold the bytes {@code "WatchEvent"} are
 * parsed (a star is a {@code WatchEvent}, about one event in twelve): JSON escapes a quote inside a
 * string, so any other line cannot be a star event. The parse reads the event's own {@code type},
 * {@code repo.name} and {@code repo.id}, and {@code created_at}, skipping everything else (GitHub's
 * Events API object: docs/rest/using-the-rest-api/github-event-types.md; files before 2015 come
 * from the Timeline API, whose {@code repository} object has {@code owner} and {@code name}).
 *
 * <p>Events count in the month their {@code created_at} falls in, as ClickHouse's query counts
 * them, whatever hour file holds them. A line that is no JSON object, or a star event that cannot
 * be read, is counted as malformed; lines of other types are not parsed, so not checked either.
 */
final class WatchEventScanner {
  private static final byte[] WATCH = "\"WatchEvent\"".getBytes(StandardCharsets.US_ASCII);
  private static final int GZIP_BUFFER = 1 << 16;

  /** The Timeline API's old form, {@code 2012/03/10 23:45:22 -0800}. */
  private static final DateTimeFormatter TIMELINE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss Z");

  private final JsonFactory json = new JsonFactory();

  /** The first seconds of three months before, two, one, the month, and the month after. */
  private final long[] bounds;

  WatchEventScanner(CalendarMonth month) {
    bounds = new long[2 + StarQueries.EARLIER_MONTHS];
    CalendarMonth m = month;
    bounds[bounds.length - 1] = month.end().getEpochSecond();
    for (int i = bounds.length - 2; i >= 0; i--) {
      bounds[i] = m.start().getEpochSecond();
      m = m.previous();
    }
  }

  /**
   * The file's star events, counted.
   *
   * @throws IOException when the file cannot be read to its end (not gzip, cut short)
   */
  HourTally read(Path file) throws IOException {
    HourTally tally = new HourTally();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), GZIP_BUFFER)) {
      new LineSplitter(in).forEachLine((b, offset, length) -> line(tally, b, offset, length));
    }
    return tally;
  }

  private void line(HourTally tally, byte[] b, int offset, int length) {
    tally.lines++;
    int start = offset;
    int end = offset + length;
    while (start < end && isSpace(b[start])) {
      start++;
    }
    while (end > start && isSpace(b[end - 1])) {
      end--;
    }
    if (end - start < 2 || b[start] != '{' || b[end - 1] != '}') {
      tally.malformed++;
      return;
    }
    if (indexOf(b, start, end, WATCH) < 0) {
      return;
    }
    star(tally, b, start, end - start);
  }

  private void star(HourTally tally, byte[] b, int offset, int length) {
    String type = null;
    String name = null;
    String owner = null;
    String created = null;
    long repoId = -1;
    try (JsonParser p = json.createParser(b, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        tally.malformed++;
        return;
      }
      JsonToken token;
      while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "type" -> type = value == JsonToken.VALUE_STRING ? p.getText() : null;
          case "created_at" -> created = value == JsonToken.VALUE_STRING ? p.getText() : null;
          case "repo", "repository" -> {
            if (value != JsonToken.START_OBJECT) {
              p.skipChildren();
              continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              JsonToken v = p.nextToken();
              if ("id".equals(key) && v == JsonToken.VALUE_NUMBER_INT) {
                repoId = p.getLongValue();
              } else if ("name".equals(key) && v == JsonToken.VALUE_STRING) {
                name = p.getText();
              } else if ("owner".equals(key) && v == JsonToken.VALUE_STRING) {
                owner = p.getText();
              } else {
                p.skipChildren();
              }
            }
          }
          default -> p.skipChildren();
        }
      }
      if (token != JsonToken.END_OBJECT || p.nextToken() != null) {
        tally.malformed++;
        return;
      }
    } catch (IOException e) {
      tally.malformed++;
      return;
    }
    if (!"WatchEvent".equals(type)) {
      return;
    }
    String full = owner != null && name != null && !name.contains("/") ? owner + "/" + name : name;
    long at = epochSecond(created);
    if (full == null || full.isBlank() || at == Long.MIN_VALUE) {
      tally.malformed++;
      return;
    }
    int month = month(at);
    if (month >= 0) {
      tally.star(full, month, repoId, at);
    }
  }

  /** 0 for the month, 1 to 3 for the months before, -1 outside them. */
  private int month(long at) {
    if (at < bounds[0] || at >= bounds[bounds.length - 1]) {
      return -1;
    }
    for (int i = bounds.length - 2; i >= 0; i--) {
      if (at >= bounds[i]) {
        return bounds.length - 2 - i;
      }
    }
    return -1;
  }

  private static long epochSecond(String text) {
    if (text == null) {
      return Long.MIN_VALUE;
    }
    try {
      return text.endsWith("Z")
          ? Instant.parse(text).getEpochSecond()
          : OffsetDateTime.parse(text).toEpochSecond();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text, TIMELINE).toEpochSecond();
      } catch (DateTimeParseException again) {
        return Long.MIN_VALUE;
      }
    }
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  /**
   * Where {@code needle} starts in {@code b[from, to)}, or -1. The scan looks for its second byte
   * ({@code W}), rarer in JSON than its first, a quote.
   */
  static int indexOf(byte[] b, int from, int to, byte[] needle) {
    byte anchor = needle[1];
    int last = to - needle.length + 1;
    outer:
    for (int i = from + 1; i <= last; i++) {
      if (b[i] != anchor || b[i - 1] != needle[0]) {
        continue;
      }
      for (int j = 2; j < needle.length; j++) {
        if (b[i - 1 + j] != needle[j]) {
          continue outer;
        }
      }
      return i - 1;
    }
    return -1;
  }
}
