package dev.curate.doctor;

import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.http.OriginGuard;
import dev.curate.http.RetryPolicy;
import dev.curate.http.Unreachable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Whether an endpoint answers at all: one {@code HEAD} of its base URL on the shared stack (origin
 * guard, User-Agent, logging, scrubbing), without credentials and without following redirects. Any
 * status is an answer; only a connection that fails (unknown host, refused, timed out) is not.
 */
public final class Reachability {
  private final HttpStack stack;
  private final String userAgent;

  public Reachability(HttpStack stack, String userAgent) {
    this.stack = stack;
    this.userAgent = userAgent;
  }

  /**
   * @return the HTTP status it answered with
   * @throws ApiException naming the host, why it cannot be reached and the variable to check
   */
  int status(Endpoint endpoint, String url) {
    HttpUrl base = HttpUrl.get(url);
    OkHttpClient client =
        stack
            .clientFor(
                userAgent,
                new HttpStats(),
                new OriginGuard(endpoint.label(), endpoint.variable(), List.of(base)))
            .withoutRedirects()
            .build();
    try (Response response =
        client.newCall(new Request.Builder().url(base).head().build()).execute()) {
      return response.code();
    } catch (CarriedFailure e) {
      throw e.failure();
    } catch (IOException e) {
      throw unreachable(endpoint, base, e);
    }
  }

  static ApiException unreachable(Endpoint endpoint, HttpUrl url, IOException e) {
    String host =
        url.port() == HttpUrl.defaultPort(url.scheme())
            ? url.host()
            : url.host() + ":" + url.port();
    if (RetryPolicy.isUnreachable(e)) {
      return Unreachable.failure(endpoint.label() + " at " + host, e, endpoint.variable());
    }
    return new ApiException(
        "cannot connect to "
            + endpoint.label()
            + " at "
            + host
            + ": "
            + reason(e)
            + "; check your network or "
            + endpoint.variable(),
        e);
  }

  /** Why a host that was found failed ({@link Unreachable} words those that were not). */
  private static String reason(IOException e) {
    if (e instanceof InterruptedIOException) {
      return "timed out";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
