package dev.curate.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EventsSettings;
import dev.curate.config.Secret;
import dev.curate.error.CurateException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each way ClickHouse's HTTP interface says no, in its own formats (fixtures/clickhouse), and what
 * curate makes of it: one line, an exit code, no short result, no retry of a verdict.
 */
class ClickHouseErrorsTest {
  @RegisterExtension
  static WireMockExtension clickhouse =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ClickHouseStubs stubs = new ClickHouseStubs();

  private String host() {
    return "localhost:" + clickhouse.getPort();
  }

  private ClickHouseAnswer askFreshness() {
    return ask(ClickHouseCredentials.playground());
  }

  private ClickHouseAnswer ask(ClickHouseCredentials account) {
    return stubs
        .client(clickhouse.baseUrl(), account)
        .query(StarQueries.freshness(EventsSettings.DEFAULTS));
  }

  private ClickHouseAnswer askMonth() {
    return stubs
        .client(clickhouse.baseUrl(), ClickHouseCredentials.playground())
        .query(StarQueries.month(ClickHouseStarsTest.NOVEMBER_2018, EventsSettings.DEFAULTS));
  }

  private void answer(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    clickhouse.stubFor(post(urlPathEqualTo("/")).willReturn(response));
  }

  private static int exit(Throwable e) {
    return ((CurateException) e).exitCode().code();
  }

  @Test
  void anUnknownTableNamesTheTableAndTheKeysToSet() {
    answer(ClickHouseStubs.error(404, 60, "unknown-table.txt"));

    assertThatThrownBy(this::askFreshness)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(1))
        .hasMessageStartingWith(
            "ClickHouse at "
                + host()
                + " has no table default.github_events (UNKNOWN_TABLE: Unknown table expression"
                + " identifier 'default.github_event' in scope")
        .hasMessageEndingWith(
            ": set github.events.database and github.events.table to where that server keeps GH"
                + " Archive's events")
        .hasMessageNotContaining("version 25");
    clickhouse.verify(1, postRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void aRefusedAccountIsACredentialsErrorNamingTheVariablesNeverThePassword() {
    answer(ClickHouseStubs.error(403, 516, "authentication-failed.txt"));
    ClickHouseCredentials account =
        new ClickHouseCredentials("play", Optional.of(new Secret(ClickHouseStubs.PASSWORD)));

    assertThatThrownBy(() -> ask(account))
        .satisfies(e -> assertThat(exit(e)).isEqualTo(4))
        .hasMessage(
            "ClickHouse at "
                + host()
                + " refused the account 'play' (AUTHENTICATION_FAILED: play: Authentication"
                + " failed: password is incorrect, or there is no user with such name): set"
                + " CLICKHOUSE_USER and CLICKHOUSE_PASSWORD to an account of that server");
    clickhouse.verify(1, postRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void aMissingPasswordIsACredentialsErrorToo() {
    answer(ClickHouseStubs.error(401, 194, "required-password.txt"));

    assertThatThrownBy(() -> ask(new ClickHouseCredentials("curate", Optional.empty())))
        .satisfies(e -> assertThat(exit(e)).isEqualTo(4))
        .hasMessageContaining("refused the account 'curate' (REQUIRED_PASSWORD")
        .hasMessageContaining("CLICKHOUSE_PASSWORD");
  }

  @Test
  void aPasswordEchoedByTheServerIsRedactedFromTheLine() {
    answer(
        ClickHouseStubs.error(403, 516, "authentication-failed.txt")
            .withBody(
                "Code: 516. DB::Exception: curate: Authentication failed: password '"
                    + ClickHouseStubs.PASSWORD
                    + "' is incorrect. (AUTHENTICATION_FAILED) (version 25.10.1.3832 (official build))\n"));
    ClickHouseCredentials account =
        new ClickHouseCredentials("curate", Optional.of(new Secret(ClickHouseStubs.PASSWORD)));

    assertThatThrownBy(() -> ask(account))
        .hasMessageContaining("password '[redacted]' is incorrect")
        .hasMessageNotContaining(ClickHouseStubs.PASSWORD);
  }

  @Test
  void theReadLimitIsTemporaryAndNotAskedAgain() {
    answer(ClickHouseStubs.error(500, 307, "too-many-bytes.txt"));

    assertThatThrownBy(this::askMonth)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessageStartingWith(
            "ClickHouse at "
                + host()
                + " stopped the month's star count at the account's limit on what one query may"
                + " read (TOO_MANY_BYTES: Limit for rows or bytes to read exceeded, max bytes: 1.00"
                + " TiB")
        .hasMessageEndingWith(
            ": retry later, or use a ClickHouse server of your own (docs/scale.md)");
    clickhouse.verify(1, postRequestedFor(urlPathEqualTo("/")));
    assertThat(stubs.sleeper.sleeps()).isEmpty();
  }

  @Test
  void aUsedUpQuotaIsTemporaryAndNotAskedAgain() {
    answer(ClickHouseStubs.error(500, 201, "quota-exceeded.txt"));

    assertThatThrownBy(this::askMonth)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessageContaining(
            "says the account 'play' has used up its quota (QUOTA_EXCEEDED: Quota for user `play`"
                + " for 3600s has been exceeded: queries = 1001/1000. Interval will end at"
                + " 2026-11-28 11:00:00")
        .hasMessageContaining("retry once the quota's interval has passed");
    clickhouse.verify(1, postRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void theTimeLimitIsTemporaryAndItsStatus408IsNotRetried() {
    answer(ClickHouseStubs.error(408, 159, "timeout-exceeded.txt"));

    assertThatThrownBy(this::askMonth)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessageContaining("at the account's time limit (TIMEOUT_EXCEEDED: Timeout exceeded:");
    clickhouse.verify(1, postRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void aReadOnlyAccountRefusingASettingIsOneLineSayingCurateSendsNone() {
    answer(ClickHouseStubs.error(500, 164, "readonly.txt"));

    assertThatThrownBy(this::askMonth)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(1))
        .hasMessage(
            "ClickHouse at "
                + host()
                + " refused the month's star count because the account 'play' is read-only and"
                + " may not change a setting (READONLY: play: Cannot modify 'max_result_rows'"
                + " setting in readonly mode): curate sends no settings, so the account's own"
                + " profile asks for one; ask the server's administrator, or set CLICKHOUSE_USER"
                + " to another account");
  }

  @Test
  void aTableWithoutTheColumnsIsNamed() {
    answer(ClickHouseStubs.error(404, 47, "unknown-identifier.txt"));

    assertThatThrownBy(this::askMonth)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(1))
        .hasMessageContaining("the table default.github_events lacks a column curate reads")
        .hasMessageContaining("event_type, repo_name, created_at");
  }

  @Test
  void aBusyServerIsAskedAgain() {
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .inScenario("busy")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(ClickHouseStubs.error(500, 202, "too-many-simultaneous-queries.txt"))
            .willSetStateTo("free"));
    clickhouse.stubFor(
        post(urlPathEqualTo("/"))
            .inScenario("busy")
            .whenScenarioStateIs("free")
            .willReturn(ClickHouseStubs.rows("freshness-2026-08-15.ndjson")));

    assertThat(askFreshness().rows()).hasSize(1);
    clickhouse.verify(2, postRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void anErrorStreamedAfterSomeRowsIsAnErrorNotAShortResult() {
    answer(ClickHouseStubs.rows("month-then-timeout.ndjson"));

    assertThatThrownBy(this::askMonth)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessageContaining("(TIMEOUT_EXCEEDED: Timeout exceeded: elapsed 60.000417 seconds");
  }

  @Test
  void anErrorFramedByTheExceptionTagIsAnErrorNotAShortResult() {
    answer(ClickHouseStubs.rows("month-then-tagged-exception.ndjson"));

    assertThatThrownBy(this::askMonth)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessageContaining(
            "ran out of the memory it allows the month's star count (MEMORY_LIMIT_EXCEEDED: Memory"
                + " limit (for query) exceeded: would use 9.31 GiB")
        .hasMessageNotContaining("__exception__")
        .hasMessageNotContaining(ClickHouseStubs.TAG);
  }

  @Test
  void aBodyCutInsideARowIsAnErrorNotAShortResult() {
    answer(ClickHouseStubs.rows("month-cut.ndjson"));

    assertThatThrownBy(this::askMonth)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessage(
            "ClickHouse at "
                + host()
                + " answered the month's star count with a body curate cannot use: it ends inside"
                + " row 3 ({\"repo_name\":\"openai\\/spinn); nothing of it was used, retry later");
  }

  @Test
  void aLastRowWithoutItsNewlineIsAnErrorToo() {
    answer(
        ClickHouseStubs.rows("month-2018-11.ndjson")
            .withBody("{\"repo_name\":\"facebook\\/react\",\"stars\":\"3524\"}"));

    assertThatThrownBy(this::askMonth)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessageContaining("it ends inside row 1");
  }

  @Test
  void anErrorCodeInTheHeadersOfA200IsAnError() {
    answer(
        ClickHouseStubs.rows("month-2018-11.ndjson")
            .withHeader("X-ClickHouse-Exception-Code", "241")
            .withBody(
                "Code: 241. DB::Exception: Memory limit (total) exceeded. (MEMORY_LIMIT_EXCEEDED)"
                    + " (version 25.10.1.3832 (official build))\n"));

    assertThatThrownBy(this::askMonth)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessageContaining("(MEMORY_LIMIT_EXCEEDED: Memory limit (total) exceeded)");
  }

  @Test
  void aProxysBadGatewayIsRetriedThenTemporary() {
    answer(
        aResponse()
            .withStatus(502)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><head><title>502 Bad Gateway</title></head></html>"));

    assertThatThrownBy(this::askFreshness)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(75))
        .hasMessage(
            "ClickHouse at "
                + host()
                + " answered the freshness probe with HTTP 502 (first 80 chars: <html><head><title>502"
                + " Bad Gateway</title></head></html>); retry later");
    clickhouse.verify(3, postRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void aCaptivePortalsPageIsNotTakenForAnswer() {
    answer(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html; charset=utf-8")
            .withBody("<!DOCTYPE html><html><title>Hotel WiFi login</title></html>"));

    assertThatThrownBy(this::askFreshness)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(1))
        .hasMessageContaining("answered the freshness probe with text/html, not JSONEachRow")
        .hasMessageContaining("Hotel WiFi login");
  }

  @Test
  void aRedirectIsNotFollowedWithTheAccountsHeaders() {
    answer(aResponse().withStatus(301).withHeader("Location", "https://elsewhere.example/"));
    ClickHouseCredentials account =
        new ClickHouseCredentials("curate", Optional.of(new Secret(ClickHouseStubs.PASSWORD)));

    assertThatThrownBy(() -> ask(account))
        .satisfies(e -> assertThat(exit(e)).isEqualTo(1))
        .hasMessageContaining("with a redirect (HTTP 301 to https://elsewhere.example/)")
        .hasMessageContaining("set CURATE_CLICKHOUSE_URL to the address it names");
    clickhouse.verify(1, postRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void aConnectionCutMidAnswerIsRetriedThenNamed() {
    answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThatThrownBy(this::askFreshness)
        .satisfies(e -> assertThat(exit(e)).isEqualTo(1))
        .hasMessageStartingWith("asking ClickHouse at " + host() + " failed: ")
        .hasMessageEndingWith("; check your network or CURATE_CLICKHOUSE_URL");
    clickhouse.verify(3, postRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void aServerThatIsNotThereIsNamed() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }

    assertThatThrownBy(
            () ->
                stubs
                    .client("http://127.0.0.1:" + port, ClickHouseCredentials.playground())
                    .query(StarQueries.freshness(EventsSettings.DEFAULTS)))
        .satisfies(e -> assertThat(exit(e)).isEqualTo(1))
        .hasMessage(
            "cannot reach ClickHouse at 127.0.0.1:"
                + port
                + " (connection refused): check your network or CURATE_CLICKHOUSE_URL");
  }

  @Test
  void theLoggedRequestLineCarriesNeitherAccountNorSql() {
    answer(ClickHouseStubs.rows("freshness-2026-08-15.ndjson"));
    Logger log = Logger.getLogger("dev.curate.http");
    List<String> lines = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level before = log.getLevel();
    log.setLevel(Level.FINE);
    log.addHandler(handler);
    try {
      ask(new ClickHouseCredentials("curate", Optional.of(new Secret(ClickHouseStubs.PASSWORD))));
    } finally {
      log.removeHandler(handler);
      log.setLevel(before);
    }

    assertThat(lines).singleElement().asString().startsWith("POST http://localhost:");
    assertThat(lines.get(0))
        .contains("param_table=github_events")
        .doesNotContain(ClickHouseStubs.PASSWORD)
        .doesNotContain("curate")
        .doesNotContain("SELECT");
  }
}
