package dev.curate.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EventsSettings;
import dev.curate.config.HttpSettings;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.http.KnownSecrets;
import dev.curate.testing.RecordingSleeper;
import dev.curate.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * ClickHouse's HTTP interface as WireMock plays it, in the shapes of fixtures/clickhouse/README.md:
 * the headers of a real success (ClickHouse Cloud's, recorded 2024-09-27) and of a real error
 * (status from exceptionCodeToHTTPStatus.cpp, {@code X-ClickHouse-Exception-Code}, plain text).
 */
final class ClickHouseStubs {
  static final String USER_AGENT = "curate/0.1.0-test";
  static final String TAG = "dngjzjnxkvlwkeua";
  static final String PASSWORD = "ch-Pa55word-for-tests";

  final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
  final RecordingSleeper sleeper = new RecordingSleeper(clock);
  final HttpStats stats = new HttpStats();

  static byte[] fixture(String name) {
    try (InputStream in =
        ClickHouseStubs.class.getResourceAsStream("/fixtures/clickhouse/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 200 in JSONEachRow with the headers ClickHouse sends (25.11 on: the exception tag too). */
  static ResponseDefinitionBuilder rows(String fixture) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/x-ndjson; charset=UTF-8")
        .withHeader("X-ClickHouse-Server-Display-Name", "clickhouse-cloud")
        .withHeader("X-ClickHouse-Query-Id", "f05b0e25-8b9d-4d28-ad79-fe31e34acfbf")
        .withHeader("X-ClickHouse-Format", "JSONEachRow")
        .withHeader("X-ClickHouse-Timezone", "UTC")
        .withHeader("X-ClickHouse-Exception-Tag", TAG)
        .withHeader("Keep-Alive", "timeout=10")
        .withHeader(
            "X-ClickHouse-Summary",
            "{\"read_rows\":\"16412304\",\"read_bytes\":\"213359952\",\"written_rows\":\"0\","
                + "\"written_bytes\":\"0\",\"total_rows_to_read\":\"16412304\",\"result_rows\":\"5\","
                + "\"result_bytes\":\"1040\",\"elapsed_ns\":\"412893112\"}")
        .withBody(fixture(fixture));
  }

  /** ClickHouse's error: its status, its code header, its text. */
  static ResponseDefinitionBuilder error(int status, int code, String fixture) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/plain; charset=UTF-8")
        .withHeader("X-ClickHouse-Server-Display-Name", "clickhouse-cloud")
        .withHeader("X-ClickHouse-Exception-Code", Integer.toString(code))
        .withHeader("X-ClickHouse-Exception-Tag", TAG)
        .withHeader(
            "X-ClickHouse-Summary",
            "{\"read_rows\":\"0\",\"read_bytes\":\"0\",\"written_rows\":\"0\",\"written_bytes\":\"0\","
                + "\"total_rows_to_read\":\"0\",\"result_rows\":\"0\",\"result_bytes\":\"0\","
                + "\"elapsed_ns\":\"2113077\"}")
        .withBody(fixture(fixture));
  }

  HttpStack stack() {
    return new HttpStack(
        new HttpSettings(
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            3,
            Duration.ofMinutes(5)),
        sleeper,
        Optional.empty(),
        KnownSecrets.fromEnvironment(Map.of("CLICKHOUSE_PASSWORD", PASSWORD)));
  }

  ClickHouseClient client(String baseUrl, ClickHouseCredentials credentials) {
    return ClickHouseClient.connect(
        stack(), USER_AGENT, stats, baseUrl, credentials, "default.github_events");
  }

  ClickHouseStars stars(String baseUrl, ClickHouseCredentials credentials) {
    return stars(baseUrl, credentials, EventsSettings.DEFAULTS);
  }

  ClickHouseStars stars(
      String baseUrl, ClickHouseCredentials credentials, EventsSettings settings) {
    return ClickHouseStars.connect(stack(), USER_AGENT, stats, baseUrl, credentials, settings);
  }
}
