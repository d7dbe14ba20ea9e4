package dev.curate.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;

/**
 * What a query cost the server, from the answer's {@code X-ClickHouse-Summary} header: {@code
 * {"read_rows":"1046002","read_bytes":"32165070",...,"elapsed_ns":"45896728"}}, numbers written as
 * strings (ClickHouse docs, "HTTP Interface"). Without {@code wait_end_of_query} the header is sent
 * before the query ends, so the figures may fall short of the whole query: they are shown, never
 * relied on.
 */
public record QueryStats(long readRows, long readBytes, Duration elapsed) {
  public static final String HEADER = "X-ClickHouse-Summary";

  /** The header's figures, or empty when there is none or it is not the documented object. */
  static Optional<QueryStats> parse(String header, ObjectMapper json) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode summary = json.readTree(header);
      long rows = number(summary, "read_rows");
      long bytes = number(summary, "read_bytes");
      long elapsed = number(summary, "elapsed_ns");
      if (rows < 0 || bytes < 0) {
        return Optional.empty();
      }
      return Optional.of(new QueryStats(rows, bytes, Duration.ofNanos(Math.max(0, elapsed))));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static long number(JsonNode summary, String field) {
    JsonNode value = summary == null ? null : summary.get(field);
    if (value == null || !(value.isTextual() || value.isIntegralNumber())) {
      return -1;
    }
    String text = value.asText();
    return text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;
  }
}
