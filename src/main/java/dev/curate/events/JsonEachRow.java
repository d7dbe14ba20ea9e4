package dev.curate.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.http.ResponseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a 200 answer in ClickHouse's JSONEachRow format: one JSON object a line, each line ending
 * with a newline. ClickHouse sends its status and headers before the query has finished, so a query
 * that fails later still answers 200: the rows stop, and ClickHouse writes its error into the body
 * ({@code Code: N. DB::Exception: ...}; from 25.11 framed by {@code __exception__} markers and a
 * tag named in {@code X-ClickHouse-Exception-Tag}). ClickHouse's documentation ("HTTP response
 * codes caveats") says the only way to catch every error is to look at the body before using it,
 * which this does: an answer is whole only when every line is an object and the last line ended;
 * anything else is an error, never a shorter result.
 */
final class JsonEachRow {
  /** Where an error that came after the rows is written. */
  sealed interface Read {}

  record Rows(List<ObjectNode> rows) implements Read {
    Rows {
      rows = List.copyOf(rows);
    }
  }

  /** ClickHouse's own error, written into the body after the answer had begun. */
  record StreamedError(ClickHouseError error, int rowsBefore) implements Read {}

  /** The body ends inside a row, or holds a line that is neither a row nor ClickHouse's error. */
  record Broken(String problem) implements Read {}

  static final String MARKER = "__exception__";

  /** How much of a line that is not a row a message quotes. */
  private static final int QUOTED = 80;

  private final ObjectMapper json;

  JsonEachRow(ObjectMapper json) {
    this.json = json;
  }

  Read read(String body) {
    List<ObjectNode> rows = new ArrayList<>();
    Optional<ClickHouseError> streamed = streamedError(body);
    int start = 0;
    while (start < body.length()) {
      int newline = body.indexOf('\n', start);
      String line = newline < 0 ? body.substring(start) : body.substring(start, newline);
      start = newline < 0 ? body.length() : newline + 1;
      if (line.isBlank()) {
        continue;
      }
      Optional<ObjectNode> row = newline < 0 ? Optional.empty() : row(line);
      if (row.isEmpty()) {
        if (streamed.isPresent()) {
          return new StreamedError(streamed.get(), rows.size());
        }
        return new Broken(
            newline < 0
                ? "it ends inside row " + (rows.size() + 1) + quoted(line)
                : "line " + (rows.size() + 1) + " is not a JSON object" + quoted(line));
      }
      rows.add(row.get());
    }
    return streamed.<Read>map(e -> new StreamedError(e, rows.size())).orElse(new Rows(rows));
  }

  /**
   * ClickHouse's error anywhere in the body: after a {@link #MARKER} (25.11 on), or as the text an
   * older server appends after the rows.
   */
  private static Optional<ClickHouseError> streamedError(String body) {
    int marker = body.indexOf(MARKER);
    String tail = marker >= 0 ? body.substring(marker) : body;
    if (!ClickHouseError.isIn(tail)) {
      return Optional.empty();
    }
    int code = tail.indexOf("Code:");
    String text = tail.substring(code);
    int end = text.indexOf(MARKER);
    text = end < 0 ? text : text.substring(0, end);
    // 25.11 on: "<message>\r\n<length> <tag>\r\n" before the closing marker.
    text = text.replaceFirst("\\s+\\d+ [A-Za-z0-9]+\\s*$", "");
    return Optional.of(ClickHouseError.parse(text, OptionalInt.empty()));
  }

  private Optional<ObjectNode> row(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
      return Optional.empty();
    }
    try {
      JsonNode node = json.readTree(trimmed);
      return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static String quoted(String line) {
    String shown = ResponseText.preview(line, QUOTED);
    return shown.isEmpty() ? "" : " (" + shown + ")";
  }
}
