package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code GET /rate_limit} as GitHub documents its answer. */
class RateLimitsTest {
  @Test
  void readsTheCoreAndSearchBucketsOfTheDocumentedAnswer() throws IOException {
    RateLimits limits = RateLimits.parse(fixture());

    assertThat(limits.core())
        .isEqualTo(new RateLimits.Bucket(4999, 5000, Instant.ofEpochSecond(1691591363)));
    assertThat(limits.search())
        .isEqualTo(new RateLimits.Bucket(18, 30, Instant.ofEpochSecond(1691591091)));
  }

  @Test
  void anAnswerWithoutTheBucketsIsOneLineQuotingItsStart() {
    assertThatThrownBy(() -> RateLimits.parse("{\"rate\":{\"limit\":60}}"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("resources.core and resources.search")
        .hasMessageContaining("{\"rate\"");
    assertThatThrownBy(() -> RateLimits.parse("<html>proxy</html>"))
        .isInstanceOf(ApiException.class);
  }

  private static String fixture() throws IOException {
    try (InputStream in =
        RateLimitsTest.class.getResourceAsStream("/fixtures/github/rate-limit.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
