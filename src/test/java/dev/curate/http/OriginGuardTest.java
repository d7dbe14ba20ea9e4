package dev.curate.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.config.HttpSettings;
import dev.curate.error.CarriedFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OriginGuardTest {
  @RegisterExtension
  static WireMockExtension home =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension foreign =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final HttpSettings SETTINGS =
      new HttpSettings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(2),
          Duration.ofSeconds(5),
          1,
          Duration.ofMinutes(5));

  private final HttpStack stack = new HttpStack(SETTINGS, d -> {}, Optional.empty());

  @AfterEach
  void close() {
    stack.close();
  }

  private OkHttpClient client(String allowed) {
    return stack
        .clientFor(
            "curate-test",
            new HttpStats(),
            new OriginGuard("the test API", "TEST_URL", List.of(HttpUrl.get(allowed))))
        .build();
  }

  private Response send(OkHttpClient client, String url) throws IOException {
    return client
        .newCall(new Request.Builder().url(url).header("Authorization", "token t0k3n").build())
        .execute();
  }

  @Test
  void letsRequestsToTheConfiguredOriginThroughWhateverTheirPath() throws IOException {
    home.stubFor(
        get(urlPathEqualTo("/search/repositories")).willReturn(aResponse().withBody("{}")));

    try (Response r =
        send(client(home.baseUrl() + "/api/v3"), home.baseUrl() + "/search/repositories?page=2")) {
      assertThat(r.code()).isEqualTo(200);
    }
  }

  @Test
  void refusesAnotherPortOfTheSameHostBeforeSendingAnything() {
    OkHttpClient client = client(home.baseUrl());

    assertThatThrownBy(() -> send(client, foreign.baseUrl() + "/search/repositories?page=2"))
        .isInstanceOf(CarriedFailure.class)
        .hasMessage(
            "the test API's answer led to http://localhost:"
                + foreign.getPort()
                + ", outside the configured http://localhost:"
                + home.getPort()
                + " (TEST_URL); curate does not follow links to other hosts with your credentials");
    assertThat(foreign.getAllServeEvents()).isEmpty();
  }

  @Test
  void comparesSchemeHostAndPortNotPathOrUserInfo() {
    HttpUrl api = HttpUrl.get("https://api.github.com/");
    assertThat(OriginGuard.sameOrigin(api, HttpUrl.get("https://API.github.com:443/search?q=x")))
        .isTrue();
    assertThat(OriginGuard.sameOrigin(api, HttpUrl.get("http://api.github.com/search"))).isFalse();
    assertThat(OriginGuard.sameOrigin(api, HttpUrl.get("https://api.github.com:8443/search")))
        .isFalse();
    assertThat(
            OriginGuard.sameOrigin(api, HttpUrl.get("https://api.github.com.evil.example/search")))
        .isFalse();
    assertThat(OriginGuard.sameOrigin(api, HttpUrl.get("https://user:pw@evil.example/"))).isFalse();
    assertThat(OriginGuard.origin(HttpUrl.get("https://user:pw@evil.example/x?token=1")))
        .isEqualTo("https://evil.example");
  }
}
