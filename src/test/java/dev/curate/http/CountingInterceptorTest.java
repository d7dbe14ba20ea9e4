package dev.curate.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The budget the fetch summary shows and fetch_run keeps, from headers however odd (issue 11, point
 * 14).
 */
class CountingInterceptorTest {
  @Test
  void budgetsAreWholeNumbers() {
    assertThat(CountingInterceptor.wholeNumber("598.0")).isEqualTo("598");
    assertThat(CountingInterceptor.wholeNumber(" 28 ")).isEqualTo("28");
  }

  @Test
  void implausibleBudgetsShowAsUnknownNotAsOverflowsOrText() {
    assertThat(CountingInterceptor.wholeNumber("1e20")).isEqualTo("?");
    assertThat(CountingInterceptor.wholeNumber("-1")).isEqualTo("?");
    assertThat(CountingInterceptor.wholeNumber("NaN")).isEqualTo("?");
    assertThat(CountingInterceptor.wholeNumber("Infinity")).isEqualTo("?");
    assertThat(CountingInterceptor.wholeNumber("\u001b[31mlots")).isEqualTo("?");
  }
}
