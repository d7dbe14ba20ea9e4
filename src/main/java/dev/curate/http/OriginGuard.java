package dev.curate.http;

import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * Lets a client's requests go only to the origins (scheme, host, port) it was configured for. An
 * API answer names the next URL to read (GitHub's {@code Link: <…>; rel="next"}, which a search
 * follows with the token attached); a hostile or broken answer could name any host, and the
 * credential would follow it. The first request to a foreign origin ends the read with one line
 * naming the host, before anything is sent.
 *
 * <p>An application interceptor: it sees each request a client's code makes, links followed
 * included. Redirects are OkHttp's business below it, and OkHttp drops {@code Authorization} on a
 * redirect to another host (GitHub documents 301/302/307 redirects, which clients follow).
 */
public final class OriginGuard implements Interceptor {
  private final String service;
  private final String setting;
  private final List<HttpUrl> allowed;

  /**
   * @param service what the client talks to, for the message ("GitHub", "the Reddit archive")
   * @param setting where the origin is configured, for the message
   * @param allowed URLs whose origins the client may request
   */
  public OriginGuard(String service, String setting, List<HttpUrl> allowed) {
    this.service = service;
    this.setting = setting;
    this.allowed = List.copyOf(allowed);
  }

  @Override
  public okhttp3.Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    if (allowed.stream().noneMatch(a -> sameOrigin(a, url))) {
      throw new CarriedFailure(
          new ApiException(
              service
                  + "'s answer led to "
                  + origin(url)
                  + ", outside the configured "
                  + origin(allowed.get(0))
                  + " ("
                  + setting
                  + "); curate does not follow links to other hosts with your credentials"));
    }
    return chain.proceed(request);
  }

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme())
        && a.host().equalsIgnoreCase(b.host())
        && a.port() == b.port();
  }

  /** {@code https://host[:port]}; never a path, a query or user info. */
  static String origin(HttpUrl url) {
    boolean defaultPort = Objects.equals(url.port(), HttpUrl.defaultPort(url.scheme()));
    return url.scheme() + "://" + url.host() + (defaultPort ? "" : ":" + url.port());
  }
}
