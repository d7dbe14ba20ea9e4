package dev.curate.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransientRetryInterceptorTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<Duration> waits = new ArrayList<>();
  private final HttpStats stats = new HttpStats();

  private OkHttpClient client(int attempts) {
    RetryPolicy policy =
        new RetryPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(8), () -> 0.999);
    // As the stack composes them: each attempt a call of its own, its body read whole.
    OkHttpClient perAttempt =
        new OkHttpClient.Builder().addNetworkInterceptor(new CountingInterceptor(stats)).build();
    return new OkHttpClient.Builder()
        .addInterceptor(new TransientRetryInterceptor(policy, waits::add, stats))
        .addInterceptor(new PerAttemptCall(perAttempt, 1 << 20, KnownSecrets.empty()))
        .build();
  }

  private Response call(OkHttpClient client, String path) throws IOException {
    return client.newCall(new Request.Builder().url(wm.baseUrl() + path).build()).execute();
  }

  @Test
  void retriesA502OnceThenSucceeds() throws IOException {
    wm.stubFor(
        get("/x")
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(502).withBody("bad gateway"))
            .willSetStateTo("ok"));
    wm.stubFor(
        get("/x")
            .inScenario("flaky")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withBody("fine")));
    try (Response r = call(client(4), "/x")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.body().string()).isEqualTo("fine");
    }
    wm.verify(2, getRequestedFor(urlEqualTo("/x")));
    assertThat(waits).hasSize(1);
    assertThat(waits.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    assertThat(stats.requests()).isEqualTo(2);
    assertThat(stats.retries()).isEqualTo(1);
  }

  @Test
  void givesUpAfterMaxAttemptsWithGrowingWaitsAndReturnsTheLastAnswer() throws IOException {
    wm.stubFor(get("/down").willReturn(aResponse().withStatus(503)));
    try (Response r = call(client(4), "/down")) {
      assertThat(r.code()).isEqualTo(503);
    }
    wm.verify(4, getRequestedFor(urlEqualTo("/down")));
    assertThat(waits).hasSize(3);
    assertThat(waits.get(1)).isGreaterThan(waits.get(0));
    assertThat(waits.get(2)).isGreaterThan(waits.get(1));
    assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(8)));
  }

  @Test
  void doesNotRetryClientErrors() throws IOException {
    wm.stubFor(get("/missing").willReturn(aResponse().withStatus(404)));
    try (Response r = call(client(4), "/missing")) {
      assertThat(r.code()).isEqualTo(404);
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/missing")));
    assertThat(waits).isEmpty();
  }

  @Test
  void honoursRetryAfterOnA503() throws IOException {
    wm.stubFor(
        get("/busy")
            .inScenario("busy")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3"))
            .willSetStateTo("ok"));
    wm.stubFor(
        get("/busy")
            .inScenario("busy")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withBody("ok")));
    try (Response r = call(client(4), "/busy")) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aNegativeRetryAfterIsIgnoredSoRetriesStillBackOff() throws IOException {
    // Issue 11: "Retry-After: -5" had been taken as no wait at all, three immediate retries.
    wm.stubFor(
        get("/negative").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "-5")));
    try (Response r = call(client(4), "/negative")) {
      assertThat(r.code()).isEqualTo(503);
    }
    assertThat(waits)
        .hasSize(3)
        .allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofMillis(500)));
  }

  @Test
  void retriesAConnectionResetThenSucceeds() throws IOException {
    wm.stubFor(
        get("/reset")
            .inScenario("reset")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("ok"));
    wm.stubFor(
        get("/reset")
            .inScenario("reset")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withBody("ok")));
    try (Response r = call(client(4), "/reset")) {
      assertThat(r.body().string()).isEqualTo("ok");
    }
    assertThat(waits).hasSize(1);
  }

  @Test
  void aRefusedConnectionIsNotRetried() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    OkHttpClient c = client(3);
    Request request = new Request.Builder().url("http://127.0.0.1:" + closedPort + "/").build();
    assertThatThrownBy(() -> c.newCall(request).execute()).isInstanceOf(ConnectException.class);
    assertThat(waits).isEmpty();
    assertThat(stats.retries()).isZero();
  }

  @Test
  void anUnknownHostIsNotRetried() {
    // RFC 6761: .invalid never resolves.
    Request request = new Request.Builder().url("http://no-such-host.invalid/").build();
    assertThatThrownBy(() -> client(4).newCall(request).execute())
        .isInstanceOf(UnknownHostException.class);
    assertThat(waits).isEmpty();
  }

  @Test
  void aRefusedConnectionIsUnreachableButAResetOrATimeoutIsNot() {
    assertThat(RetryPolicy.isUnreachable(new ConnectException("Failed to connect"))).isTrue();
    assertThat(RetryPolicy.isUnreachable(new UnknownHostException("no-such-host.invalid")))
        .isTrue();
    assertThat(RetryPolicy.isUnreachable(new java.net.SocketException("Connection reset")))
        .isFalse();
    assertThat(RetryPolicy.isUnreachable(new java.net.SocketTimeoutException("connect timed out")))
        .isFalse();
  }

  @Test
  void retriesABodyCutShortInsideTheRetryScope() throws IOException {
    wm.stubFor(
        get("/cut")
            .inScenario("cut")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK))
            .willSetStateTo("ok"));
    wm.stubFor(
        get("/cut")
            .inScenario("cut")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withBody("{\"whole\":true}")));
    try (Response r = call(client(4), "/cut")) {
      assertThat(r.body().string()).isEqualTo("{\"whole\":true}");
    }
    wm.verify(2, getRequestedFor(urlEqualTo("/cut")));
  }

  @Test
  void retriesABodyShorterThanItsContentLength() throws Exception {
    try (ShortBodyServer server = new ShortBodyServer()) {
      OkHttpClient c = client(4);
      try (Response r = c.newCall(new Request.Builder().url(server.url()).build()).execute()) {
        assertThat(r.body().string()).isEqualTo("{\"items\":[]}");
      }
      assertThat(server.connections()).isEqualTo(2);
      assertThat(waits).hasSize(1);
    }
  }

  /** Answers the first connection with a Content-Length larger than the body, then a good one. */
  private static final class ShortBodyServer implements AutoCloseable {
    private final ServerSocket socket =
        new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    private final java.util.concurrent.atomic.AtomicInteger connections =
        new java.util.concurrent.atomic.AtomicInteger();
    private final Thread thread = new Thread(this::serve, "short-body-server");

    ShortBodyServer() throws IOException {
      thread.setDaemon(true);
      thread.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    int connections() {
      return connections.get();
    }

    private void serve() {
      while (!socket.isClosed()) {
        try (java.net.Socket s = socket.accept()) {
          java.io.BufferedReader in =
              new java.io.BufferedReader(
                  new java.io.InputStreamReader(
                      s.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
          for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            // the request head; the body (none) is not read
          }
          String body = connections.incrementAndGet() == 1 ? "{\"ite" : "{\"items\":[]}";
          int length = connections.get() == 1 ? 200 : body.length();
          String head =
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + length
                  + "\r\nConnection: close\r\n\r\n";
          s.getOutputStream()
              .write((head + body).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
        } catch (IOException e) {
          return;
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
