package dev.curate.github;

import dev.curate.http.ResponseText;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * GitHub's {@code x-ratelimit-reset}, read defensively: "the time at which the current rate limit
 * window resets in UTC epoch seconds"
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api). GitHub's
 * windows last an hour, so a value that is not a whole number, or lies more than {@link #WINDOW}
 * away from the response's {@code Date} (give or take some rounding: {@code 1e20}, {@code -1}, a
 * value past what an Instant holds), cannot be a reset: it is unusable, treated as a missing
 * header, and said so in any message about the limit, instead of becoming a wait of
 * -9223372036854774 s.
 *
 * @param at the reset, if the header held a usable one
 * @param raw the header as sent, when it was present but unusable
 */
record RateLimitReset(Optional<Instant> at, Optional<String> raw) {
  static final Duration WINDOW = Duration.ofHours(1);

  /** The window, and some slack for GitHub's and the Date header's rounding. */
  private static final long PLAUSIBLE_SECONDS = WINDOW.plusMinutes(5).toSeconds();

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

  /**
   * No header, or one that does not parse: {@code serverNow} is the response's Date (else the local
   * clock).
   */
  static RateLimitReset of(String header, Instant serverNow) {
    if (header == null || header.isBlank()) {
      return new RateLimitReset(Optional.empty(), Optional.empty());
    }
    String v = header.trim();
    if (WHOLE_NUMBER.matcher(v).matches()) {
      long epoch = Long.parseLong(v);
      long now = serverNow.getEpochSecond();
      if (epoch >= now - PLAUSIBLE_SECONDS && epoch <= now + PLAUSIBLE_SECONDS) {
        return new RateLimitReset(Optional.of(Instant.ofEpochSecond(epoch)), Optional.empty());
      }
    }
    return new RateLimitReset(Optional.empty(), Optional.of(v));
  }

  boolean unusable() {
    return raw.isPresent();
  }

  /** For a message: empty, or why the reset was not used, the header quoted short and printable. */
  String note() {
    return raw.map(
            v ->
                " (its x-ratelimit-reset '"
                    + ResponseText.printable(v, 24)
                    + "' is unusable: not a time within GitHub's"
                    + " hour-long window)")
        .orElse("");
  }
}
