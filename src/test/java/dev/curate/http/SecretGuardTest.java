package dev.curate.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.HttpSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers that carry a credential back never reach the HTTP cache or a source with it (issue 11,
 * point 9). Headers as GitHub sends them, from hub4j/github-api's recording {@code
 * src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/searchRepositories/mappings/2-search_repositories.json}
 * ({@code Cache-Control: no-cache}, {@code Vary}, {@code ETag} on a search answer).
 */
class SecretGuardTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TOKEN = "ghp_SecretGuardToken0123456789abcdefQ";
  private static final HttpSettings SETTINGS =
      new HttpSettings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(2),
          Duration.ofSeconds(5),
          3,
          Duration.ofMinutes(5));

  @TempDir Path cache;

  private String fetch(KnownSecrets secrets, String path) throws IOException {
    HttpStack stack = new HttpStack(SETTINGS, d -> {}, Optional.of(cache), secrets);
    try {
      OkHttpClient client =
          stack
              .clientFor(
                  "curate-test",
                  new HttpStats(),
                  new OriginGuard("the test API", "wm", List.of(HttpUrl.get(wm.baseUrl()))))
              .build();
      Request request =
          new Request.Builder()
              .url(wm.baseUrl() + path)
              .header("Authorization", "token " + TOKEN)
              .build();
      try (Response r = client.newCall(request).execute()) {
        return r.body().string();
      }
    } finally {
      stack.close();
    }
  }

  private static KnownSecrets token() {
    return KnownSecrets.fromEnvironment(Map.of("GH_TOKEN", TOKEN));
  }

  private void assertNoCacheFileHoldsTheToken() throws IOException {
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
            .as(f.toString())
            .doesNotContain(TOKEN);
      }
    }
  }

  @Test
  void anAnswerEchoingTheTokenReachesTheCallerScrubbedAndIsNotCached() throws IOException {
    wm.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withHeader("ETag", "W/\"7ff3c96399f7ddf6\"")
                    .withHeader("Cache-Control", "private, max-age=60")
                    .withHeader("X-Echo-Authorization", "token " + TOKEN)
                    .withBody("<html><pre>Authorization: token " + TOKEN + "</pre></html>")));

    String first = fetch(token(), "/search/repositories?q=x");
    String second = fetch(token(), "/search/repositories?q=x");

    assertThat(first)
        .isEqualTo("<html><pre>Authorization: token [redacted]</pre></html>")
        .isEqualTo(second);
    // Not served from the cache the second time (max-age=60 would have allowed it): not stored.
    wm.verify(2, getRequestedFor(urlPathEqualTo("/search/repositories")));
    assertNoCacheFileHoldsTheToken();
  }

  @Test
  void aRedirectNamingTheTokenIsFollowedWithoutIt() throws IOException {
    wm.stubFor(
        get(urlPathEqualTo("/search/repositories"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader(
                        "Location",
                        wm.baseUrl() + "/moved/" + TOKEN + "/search?access_token=" + TOKEN)
                    .withHeader("Cache-Control", "public, max-age=3600")));
    wm.stubFor(
        get(urlPathMatching("/moved/.*"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody("{\"total_count\":0,\"items\":[]}")));

    assertThat(fetch(token(), "/search/repositories?q=x")).contains("total_count");

    wm.verify(1, getRequestedFor(urlPathEqualTo("/moved/[redacted]/search")));
    assertThat(wm.findAll(getRequestedFor(urlPathMatching("/moved/.*"))))
        .allSatisfy(r -> assertThat(r.getUrl()).doesNotContain(TOKEN));
    assertNoCacheFileHoldsTheToken();
  }

  @Test
  void anAnswerCachedBeforeTheTokenWasKnownIsScrubbedWhenServedFromTheCache() throws IOException {
    wm.stubFor(
        get(urlPathEqualTo("/repos/o/r/readme"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/plain; charset=utf-8")
                    .withHeader("Cache-Control", "max-age=3600")
                    .withBody("Deploy with " + TOKEN)));
    fetch(KnownSecrets.empty(), "/repos/o/r/readme"); // an older curate: cached as it came

    String fromCache = fetch(token(), "/repos/o/r/readme");

    assertThat(fromCache).isEqualTo("Deploy with [redacted]");
    wm.verify(1, getRequestedFor(urlPathEqualTo("/repos/o/r/readme")));
  }

  @Test
  void theTokenEndpointsOwnAnswerKeepsTheTokenItIssues() throws IOException {
    String accessToken = "-pmg6XIAkTln_mG-yhKh1hy3UC64";
    KnownSecrets secrets = token();
    secrets.add(accessToken); // issued earlier in the run; Reddit may hand out the same again
    wm.stubFor(
        post(urlPathEqualTo("/api/v1/access_token"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(
                        "{\"access_token\": \""
                            + accessToken
                            + "\", \"token_type\": \"bearer\", \"expires_in\": 86400,"
                            + " \"scope\": \"*\"}")));
    HttpStack stack = new HttpStack(SETTINGS, d -> {}, Optional.of(cache), secrets);
    try {
      OkHttpClient tokens =
          stack
              .clientFor(
                  "curate-test",
                  new HttpStats(),
                  new OriginGuard("the test API", "wm", List.of(HttpUrl.get(wm.baseUrl()))))
              .keepingSecretsInAnswers()
              .build();
      Request request =
          new Request.Builder()
              .url(wm.baseUrl() + "/api/v1/access_token")
              .post(new FormBody.Builder().add("grant_type", "client_credentials").build())
              .build();
      try (Response r = tokens.newCall(request).execute()) {
        assertThat(r.body().string()).contains(accessToken);
      }
    } finally {
      stack.close();
    }
  }
}
