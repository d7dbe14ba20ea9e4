package dev.curate.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Response;

/**
 * Reads {@code Retry-After} (RFC 9110 section 10.2.3): delay-seconds or an HTTP-date, the latter
 * measured against the response's own {@code Date} so that a skewed local clock does not matter.
 */
public final class RetryAfter {
  private RetryAfter() {}

  public static Optional<Duration> parse(Response response) {
    String value = response.header("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        ZonedDateTime now = serverDate(response).orElse(ZonedDateTime.now(at.getZone()));
        Duration d = Duration.between(now, at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  /** The response's {@code Date} header, if it has a readable one. */
  public static Optional<ZonedDateTime> serverDate(Response response) {
    String date = response.header("Date");
    if (date == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
