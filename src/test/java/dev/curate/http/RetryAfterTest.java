package dev.curate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * Retry-After as RFC 9110 section 10.2.3 defines it, and what hostile values become (issue 11,
 * point 14).
 */
class RetryAfterTest {
  private static Response answer(String retryAfter) {
    return new Response.Builder()
        .request(new Request.Builder().url("https://api.github.com/search/repositories").build())
        .protocol(Protocol.HTTP_1_1)
        .code(503)
        .message("Service Unavailable")
        .header("Date", "Sat, 28 Nov 2026 10:00:00 GMT")
        .header("Retry-After", retryAfter)
        .build();
  }

  @Test
  void delaySecondsAndHttpDatesAreRead() {
    assertThat(RetryAfter.parse(answer("5"))).contains(Duration.ofSeconds(5));
    assertThat(RetryAfter.parse(answer(" 0 "))).contains(Duration.ZERO);
    assertThat(RetryAfter.parse(answer("Sat, 28 Nov 2026 10:00:07 GMT")))
        .contains(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(answer("Sat, 28 Nov 2026 09:00:00 GMT"))).contains(Duration.ZERO);
  }

  @Test
  void aNegativeValueIsNoRetryAfterRatherThanNoWait() {
    assertThat(RetryAfter.parse(answer("-5"))).isEmpty();
    assertThat(RetryAfter.parse(answer("-9223372036854775808"))).isEmpty();
  }

  @Test
  void fractionsNotANumberAndTextAreNoRetryAfter() {
    assertThat(RetryAfter.parse(answer("1.5"))).isEmpty();
    assertThat(RetryAfter.parse(answer("NaN"))).isEmpty();
    assertThat(RetryAfter.parse(answer("1e20"))).isEmpty();
    assertThat(RetryAfter.parse(answer("soon"))).isEmpty();
  }

  @Test
  void hugeValuesAreClampedToADaySoNoWaitOverflows() {
    assertThat(RetryAfter.parse(answer("9223372036854775807"))).contains(RetryAfter.MAX);
    assertThat(RetryAfter.parse(answer("99999999999999999999999"))).contains(RetryAfter.MAX);
    assertThat(RetryAfter.parse(answer("Fri, 31 Dec 9999 23:59:59 GMT"))).contains(RetryAfter.MAX);
    assertThat(RetryAfter.parse(answer("86400"))).contains(Duration.ofDays(1));
  }
}
