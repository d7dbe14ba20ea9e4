package dev.curate.reddit.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** prawcore's pacing formula, checked against numbers worked out by hand. */
class RateLimiterTest {
  final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
  final RateLimiter limiter = new RateLimiter(clock);

  static Headers headers(String remaining, String used, String reset) {
    return Headers.of(
        "x-ratelimit-remaining", remaining, "x-ratelimit-used", used, "x-ratelimit-reset", reset);
  }

  @Test
  void noWaitBeforeAnyResponse() {
    assertThat(limiter.delay()).isZero();
  }

  @Test
  void plentyLeftMeansNoWait() {
    limiter.update(headers("598.0", "2", "312"));
    assertThat(limiter.delay()).isZero();
  }

  @Test
  void nothingLeftWaitsUntilTheReset() {
    limiter.update(headers("0.0", "600", "120"));
    assertThat(limiter.delay()).isEqualTo(Duration.ofSeconds(120));
    clock.advance(Duration.ofSeconds(100));
    assertThat(limiter.delay()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void aBudgetAheadOfItsWindowIsSpreadButNeverMoreThanTenSecondsApart() {
    // 300 - (600 - 600 / 600 * 590) = 290 s, capped at 10 s.
    limiter.update(headers("10.0", "590", "300"));
    assertThat(limiter.delay()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aSpreadIsNeverLongerThanTheTimeToTheReset() {
    // 4 - (600 - 600 / 600 * 599) = 3 s, but the reset is 4 s away: 3 s.
    limiter.update(headers("1.0", "599", "4"));
    assertThat(limiter.delay()).isEqualTo(Duration.ofSeconds(3));
    limiter.update(headers("1.0", "599", "2"));
    assertThat(limiter.delay()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aResponseWithoutTheHeadersKeepsThePace() {
    limiter.update(headers("0.0", "600", "120"));
    limiter.update(Headers.of("Content-Type", "application/json"));
    assertThat(limiter.delay()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void unreadableHeadersAreIgnored() {
    limiter.update(headers("lots", "2", "soon"));
    assertThat(limiter.delay()).isZero();
  }

  @Test
  void aResetLongerThanTheWindowIsClampedToItAndNoted() {
    limiter.update(headers("0.0", "600", "1e20"));

    assertThat(limiter.delay()).isEqualTo(Duration.ofSeconds(600));
    assertThat(limiter.note())
        .isEqualTo(
            " (its X-Ratelimit-Reset '1e20' is unusable: curate assumed the whole 600 s window)");
  }

  @Test
  void aNegativeOrNotANumberResetChangesNothing() {
    limiter.update(headers("0.0", "600", "-5"));
    limiter.update(headers("0.0", "600", "NaN"));
    limiter.update(headers("0.0", "600", "Infinity"));

    assertThat(limiter.delay()).isZero();
    assertThat(limiter.note()).isEmpty();
  }

  @Test
  void aNegativeUsedCountIsTakenAsZero() {
    // With used < 0 the formula would ask for more than the window; with 0 it asks for nothing.
    limiter.update(headers("10.0", "-1e9", "300"));

    assertThat(limiter.delay()).isZero();
  }
}
