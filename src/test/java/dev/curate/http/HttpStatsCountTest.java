package dev.curate.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.RequestCount;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class HttpStatsCountTest {
  private static final HttpUrl SEARCH = HttpUrl.get("https://api.github.test/search/repositories");
  private static final HttpUrl README = HttpUrl.get("https://api.github.test/repos/a/b/readme");

  private static String kindOf(String method, HttpUrl url) {
    return url.encodedPath().endsWith("readme") ? "README" : "SEARCH";
  }

  @Test
  void aRetryIsTakenOffItsKindAndCountedApart() {
    HttpStats stats = new HttpStats();
    stats.countRequest(get(SEARCH));
    HttpStats.Mark mark = stats.mark();
    stats.countRequest(get(README));
    stats.countRequest(get(SEARCH));
    stats.countRetry(get(SEARCH));
    stats.countRequest(get(SEARCH));

    RequestCount count =
        stats.count(mark, HttpStatsCountTest::kindOf, Map.of("SEARCH", 1, "README", 1));

    assertThat(count.sent()).containsOnly(Map.entry("SEARCH", 1), Map.entry("README", 1));
    assertThat(count.retries()).isEqualTo(1);
    assertThat(count.extra()).isEmpty();
  }

  @Test
  void onlyWhatCameAfterTheMarkIsCounted() {
    HttpStats stats = new HttpStats();
    stats.countRequest(get(SEARCH));
    stats.countRetry(get(SEARCH));
    stats.countRequest(get(SEARCH));
    HttpStats.Mark mark = stats.mark();
    stats.countRequest(get(README));

    RequestCount count = stats.count(mark, HttpStatsCountTest::kindOf, Map.of("README", 1));

    assertThat(count.sent()).containsOnly(Map.entry("README", 1));
    assertThat(count.retries()).isZero();
  }

  private static Request get(HttpUrl url) {
    return new Request.Builder().url(url).build();
  }
}
