package dev.curate.http;

import dev.curate.config.HttpSettings;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client of a run. Sources derive their own variant with
 * {@link #clientFor(String, HttpStats)} (which shares the connection pool and dispatcher) and
 * add their API's interceptors on top.
 */
public final class HttpStack {
  private final OkHttpClient base;
  private final HttpSettings settings;
  private final Sleeper sleeper;

  public HttpStack(HttpSettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.base =
        new OkHttpClient.Builder()
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.readTimeout())
            .callTimeout(settings.callTimeout())
            .build();
  }

  /**
   * A client with the interceptors every API shares: User-Agent, transient retries, request
   * counting and redacted logging. Returned as a builder so a source can add its own.
   *
   * <p>Order matters: interceptors the caller adds run inside these (OkHttp runs application
   * interceptors in the order they were added), so authentication and rate limits are applied
   * to every retried attempt; counting and logging sit at the network, so each attempt that
   * leaves the machine is counted and logged, and cache hits are not.
   */
  public OkHttpClient.Builder clientFor(String userAgent, HttpStats stats) {
    return base.newBuilder()
        .addInterceptor(new UserAgentInterceptor(userAgent))
        .addInterceptor(new TransientRetryInterceptor(RetryPolicy.standard(settings.maxAttempts()), sleeper, stats))
        .addNetworkInterceptor(new CountingInterceptor(stats))
        .addNetworkInterceptor(new LoggingInterceptor());
  }

  public HttpSettings settings() {
    return settings;
  }

  public Sleeper sleeper() {
    return sleeper;
  }
}
