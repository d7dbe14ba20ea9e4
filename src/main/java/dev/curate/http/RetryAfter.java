package dev.curate.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.Response;

/**
 * Reads {@code Retry-After} (RFC 9110 section 10.2.3): delay-seconds or an HTTP-date, the latter
 * measured against the response's own {@code Date} so that a skewed local clock does not matter.
 *
 * <p>delay-seconds is "a non-negative decimal integer": a negative value, a fraction, {@code NaN}
 * or text is no Retry-After at all (taking {@code -5} as zero retried three times at once). A value
 * beyond {@link #MAX} is clamped to it, so no wait (or message about one) ever overflows.
 */
public final class RetryAfter {
  /** Longer than any {@code http.maxWait} worth setting: a wait this long is given up at once. */
  public static final Duration MAX = Duration.ofDays(1);

  private static final Pattern DIGITS = Pattern.compile("\\+?\\d+");

  private RetryAfter() {}

  public static Optional<Duration> parse(Response response) {
    String value = response.header("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    if (DIGITS.matcher(v).matches()) {
      String digits = v.replaceFirst("^\\+", "").replaceFirst("^0+(?=\\d)", "");
      // More digits than a long holds is still "later than MAX".
      return Optional.of(
          digits.length() > 18 ? MAX : clamp(Duration.ofSeconds(Long.parseLong(digits))));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      ZonedDateTime now = serverDate(response).orElse(ZonedDateTime.now(at.getZone()));
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : clamp(d));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private static Duration clamp(Duration d) {
    return d.compareTo(MAX) > 0 ? MAX : d;
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
