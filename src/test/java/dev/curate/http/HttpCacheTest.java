package dev.curate.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.HttpSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class HttpCacheTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TOKEN = "ghp_CacheMustNotStoreThis0123456789";
  private static final HttpSettings SETTINGS =
      new HttpSettings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(2),
          Duration.ofSeconds(5),
          3,
          Duration.ofMinutes(5));

  @TempDir Path cache;

  private void stubSearchWithEtag() {
    wm.stubFor(
        get("/search/repositories?q=x")
            .withHeader("If-None-Match", absent())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("{\"total_count\":0,\"items\":[]}")
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withHeader("ETag", "W/\"5c1f\"")
                    .withHeader("Cache-Control", "no-cache")
                    .withHeader("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP")));
    wm.stubFor(
        get("/search/repositories?q=x")
            .withHeader("If-None-Match", equalTo("W/\"5c1f\""))
            .willReturn(aResponse().withStatus(304).withHeader("ETag", "W/\"5c1f\"")));
  }

  private String fetchOnce(HttpStats stats) throws IOException {
    HttpStack stack = new HttpStack(SETTINGS, d -> {}, Optional.of(cache));
    try {
      OkHttpClient client =
          stack
              .clientFor(
                  "curate-test",
                  stats,
                  new OriginGuard("the test API", "wm", List.of(okhttp3.HttpUrl.get(wm.baseUrl()))))
              .build();
      Request request =
          new Request.Builder()
              .url(wm.baseUrl() + "/search/repositories?q=x")
              .header("Authorization", "token " + TOKEN)
              .build();
      try (Response r = client.newCall(request).execute()) {
        return r.body().string();
      }
    } finally {
      stack.close();
    }
  }

  @Test
  void refetchSendsIfNoneMatchAndServesThe304FromTheCache() throws IOException {
    stubSearchWithEtag();
    HttpStats first = new HttpStats();
    HttpStats second = new HttpStats();
    assertThat(fetchOnce(first)).contains("total_count");
    assertThat(fetchOnce(second)).contains("total_count");
    wm.verify(
        1,
        getRequestedFor(urlEqualTo("/search/repositories?q=x"))
            .withHeader("If-None-Match", equalTo("W/\"5c1f\"")));
    assertThat(first.notModified()).isZero();
    assertThat(second.notModified()).isEqualTo(1);
  }

  @Test
  void cacheFilesNeverHoldTheToken() throws IOException {
    stubSearchWithEtag();
    fetchOnce(new HttpStats());
    fetchOnce(new HttpStats());
    List<Path> stored;
    try (Stream<Path> files = Files.walk(cache)) {
      stored = files.filter(Files::isRegularFile).toList();
    }
    // An empty cache would pass the scan below: first the answer must really be kept, as OkHttp
    // keeps an entry, <key>.0 (the URL and the request headers the answer varies by) and <key>.1
    // (the body).
    assertThat(stored)
        .as("cache files")
        .anyMatch(
            f ->
                f.getFileName().toString().endsWith(".0")
                    && text(f).contains("/search/repositories?q=x"))
        .anyMatch(
            f -> f.getFileName().toString().endsWith(".1") && text(f).contains("total_count"));
    for (Path f : stored) {
      assertThat(text(f)).as(f.toString()).doesNotContain(TOKEN);
    }
  }

  private static String text(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aDeletedCacheMeansAnUnconditionalRefetch() throws IOException {
    stubSearchWithEtag();
    fetchOnce(new HttpStats());
    try (Stream<Path> files = Files.walk(cache)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertThat(fetchOnce(new HttpStats())).contains("total_count");
    wm.verify(
        0,
        getRequestedFor(urlEqualTo("/search/repositories?q=x"))
            .withHeader("If-None-Match", equalTo("W/\"5c1f\"")));
  }

  @Test
  void aCorruptedCacheIsRebuiltNotFatal() throws IOException {
    stubSearchWithEtag();
    fetchOnce(new HttpStats());
    try (Stream<Path> files = Files.list(cache)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, "garbage\u0000\u0001not a cache\n");
      }
    }
    assertThat(fetchOnce(new HttpStats())).contains("total_count");
  }
}
