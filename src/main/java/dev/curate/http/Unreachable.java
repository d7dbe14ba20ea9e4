package dev.curate.http;

import dev.curate.config.EndpointOverrides;
import dev.curate.error.ApiException;
import java.io.IOException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The one line for a host that cannot be reached ({@link RetryPolicy#isUnreachable}), the same for
 * every service: what could not be reached, why in two words, and the setting that points curate
 * there, since offline and a mistyped endpoint look alike from here.
 */
public final class Unreachable {
  private static final String ALL_ENDPOINTS =
      String.join(
          ", ",
          EndpointOverrides.GITHUB_API_URL,
          EndpointOverrides.REDDIT_URL,
          EndpointOverrides.REDDIT_OAUTH_URL,
          EndpointOverrides.REDDIT_ARCHIVE_URL,
          EndpointOverrides.CLICKHOUSE_URL);

  private Unreachable() {}

  /**
   * {@code cannot reach api.github.com (unknown host): check your network or CURATE_GITHUB_API_URL}
   *
   * @param what the host, or the service and its host ("ClickHouse at play.clickhouse.com")
   * @param variables the environment variable(s) that set this endpoint
   */
  public static ApiException failure(String what, IOException e, String variables) {
    return new ApiException(
        "cannot reach " + what + " (" + reason(e) + "): check your network or " + variables, e);
  }

  /**
   * An unreachable host's failure that no source turned into its own line (a library's request): it
   * still becomes one line, naming every endpoint variable since it is not known whose it was.
   */
  public static Optional<ApiException> findIn(Throwable t) {
    for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof IOException io && RetryPolicy.isUnreachable(io)) {
        return Optional.of(failure(hostOf(io), io, ALL_ENDPOINTS));
      }
    }
    return Optional.empty();
  }

  /** OkHttp says "Failed to connect to /127.0.0.1:9"; the JDK "host: Name or service not known". */
  private static String hostOf(IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof UnknownHostException) {
      int colon = message.indexOf(':');
      return colon > 0 ? message.substring(0, colon) : message.isEmpty() ? "a host" : message;
    }
    String prefix = "Failed to connect to ";
    if (!message.startsWith(prefix)) {
      return "a host";
    }
    // "host/address:port", or "/address:port" when there was no name to resolve.
    String target = message.substring(prefix.length());
    int slash = target.indexOf('/');
    return slash > 0 ? target.substring(0, slash) : target.substring(slash + 1);
  }

  static String reason(IOException e) {
    if (e instanceof UnknownHostException) {
      return "unknown host";
    }
    if (e instanceof NoRouteToHostException) {
      return "no route to host";
    }
    return "connection refused";
  }
}
