package dev.curate.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.EndpointOverrides;
import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import dev.curate.error.CurateException;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.http.OriginGuard;
import dev.curate.http.ResponseText;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * ClickHouse's HTTP interface on curate's shared OkHttp stack (retries, bounded bodies, request
 * logging, secret scrubbing): {@code POST /} with the SQL as the body, each value as a {@code
 * param_*} URL parameter, the account as {@code X-ClickHouse-User} / {@code X-ClickHouse-Key}
 * headers (ClickHouse docs, "HTTP Interface"). Headers, not {@code user}/{@code password} URL
 * parameters, because the request line is logged with {@code -v} and proxies log it too.
 *
 * <p>The client follows no redirect: OkHttp drops {@code Authorization} on a redirect to another
 * host, but not {@code X-ClickHouse-Key}. It sends no setting either, so that a read-only account
 * (the playground's {@code play}) has nothing to refuse.
 */
public final class ClickHouseClient {
  static final String USER_HEADER = "X-ClickHouse-User";
  static final String KEY_HEADER = "X-ClickHouse-Key";

  private static final MediaType SQL = MediaType.get("text/plain; charset=utf-8");

  private final OkHttpClient http;
  private final HttpUrl base;
  private final ClickHouseCredentials credentials;
  private final ClickHouseFailures failures;
  private final JsonEachRow rows;
  private final ObjectMapper json;

  ClickHouseClient(
      OkHttpClient http,
      HttpUrl base,
      ClickHouseCredentials credentials,
      ClickHouseFailures failures,
      ObjectMapper json) {
    this.http = http;
    this.base = base;
    this.credentials = credentials;
    this.failures = failures;
    this.rows = new JsonEachRow(json);
    this.json = json;
  }

  /**
   * A client of the ClickHouse server at {@code baseUrl}, allowed to request that origin only.
   *
   * @param table the table its queries read, {@code database.table}, for messages
   */
  public static ClickHouseClient connect(
      HttpStack stack,
      String userAgent,
      HttpStats stats,
      String baseUrl,
      ClickHouseCredentials credentials,
      String table) {
    HttpUrl url = HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new ApiException(
          "not an http(s) URL for ClickHouse: "
              + baseUrl
              + "; check "
              + EndpointOverrides.CLICKHOUSE_URL
              + " / endpoints.clickhouseUrl");
    }
    ClickHouseFailures failures = new ClickHouseFailures(host(url), credentials.user(), table);
    OriginGuard serverOnly =
        new OriginGuard(
            "ClickHouse",
            EndpointOverrides.CLICKHOUSE_URL + " / endpoints.clickhouseUrl",
            List.of(url));
    OkHttpClient http =
        stack
            .clientFor(userAgent, stats, serverOnly)
            .withoutRedirects()
            .addInterceptor(new ClickHouseVerdicts(failures))
            .build();
    return new ClickHouseClient(http, url, credentials, failures, new ObjectMapper());
  }

  /** The server as messages name it: the host, with the port when it is not the scheme's. */
  static String host(HttpUrl url) {
    return url.port() == HttpUrl.defaultPort(url.scheme())
        ? url.host()
        : url.host() + ":" + url.port();
  }

  /** The server as messages and the coverage name it: never a path or credentials. */
  public String server() {
    return failures.host();
  }

  /**
   * Runs {@code query} and returns its rows, all of them or none: an answer that ends early, holds
   * ClickHouse's error or is no JSONEachRow is a {@link CurateException}.
   */
  public ClickHouseAnswer query(ClickHouseQuery query) {
    Request.Builder request =
        new Request.Builder()
            .url(url(query))
            .tag(String.class, query.purpose())
            .header(USER_HEADER, credentials.user())
            .post(RequestBody.create(query.body(), SQL));
    credentials.password().ifPresent(p -> request.header(KEY_HEADER, p.reveal()));
    try (Response response = http.newCall(request.build()).execute()) {
      String body = response.body().string();
      if (response.code() != 200) {
        throw failure(response, body, query.purpose());
      }
      OptionalInt code = ClickHouseError.headerCode(response.header(ClickHouseError.CODE_HEADER));
      if (code.isPresent()) {
        // The error came while the headers were still being sent: ClickHouse added its code.
        throw failures.of(ClickHouseError.parse(body, code), query.purpose());
      }
      return answer(response, body, query.purpose());
    } catch (CarriedFailure e) {
      throw e.failure();
    } catch (IOException e) {
      throw failures.unreachable(e, query.purpose());
    }
  }

  /**
   * Where {@code query} is sent: the server's root with each parameter as {@code param_name}. The
   * dry run plans this same URL.
   */
  public HttpUrl url(ClickHouseQuery query) {
    // ClickHouse answers at "/"; behind a reverse proxy the configured path is the server's root.
    HttpUrl.Builder url = base.newBuilder();
    if (!base.encodedPath().endsWith("/")) {
      url.addPathSegment("");
    }
    for (Map.Entry<String, String> p : query.parameters().entrySet()) {
      url.addQueryParameter("param_" + p.getKey(), p.getValue());
    }
    return url.build();
  }

  private CurateException failure(Response response, String body, String purpose) {
    OptionalInt code = ClickHouseError.headerCode(response.header(ClickHouseError.CODE_HEADER));
    if (code.isPresent() || ClickHouseError.isIn(body)) {
      return failures.of(ClickHouseError.parse(body, code), purpose);
    }
    return failures.status(response.code(), response.header("Location"), body, purpose);
  }

  private ClickHouseAnswer answer(Response response, String body, String purpose) {
    MediaType type = response.body().contentType();
    boolean json = type != null && type.subtype().toLowerCase(Locale.ROOT).contains("json");
    if (!json && !body.isEmpty()) {
      throw failures.notJson(ResponseText.type(type), body, purpose);
    }
    JsonEachRow.Read read = rows.read(body);
    if (read instanceof JsonEachRow.StreamedError streamed) {
      throw failures.of(streamed.error(), purpose);
    }
    if (read instanceof JsonEachRow.Broken broken) {
      throw failures.broken(broken.problem(), purpose);
    }
    return new ClickHouseAnswer(
        ((JsonEachRow.Rows) read).rows(),
        QueryStats.parse(response.header(QueryStats.HEADER), this.json));
  }
}
