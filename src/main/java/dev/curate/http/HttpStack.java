package dev.curate.http;

import dev.curate.config.HttpSettings;
import java.nio.file.Path;
import java.util.Optional;
import okhttp3.Cache;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client of a run. Sources derive their own variant with
 * {@link #clientFor(String, HttpStats, OriginGuard)} (which shares the connection pool and dispatcher) and
 * add their API's interceptors on top.
 */
public final class HttpStack {
  private final OkHttpClient base;
  private final HttpSettings settings;
  private final Sleeper sleeper;

  /** Cache size on disk: a month's search pages are well under a megabyte each. */
  static final long CACHE_BYTES = 64L * 1024 * 1024;

  public HttpStack(HttpSettings settings, Sleeper sleeper) {
    this(settings, sleeper, Optional.empty());
  }

  /**
   * @param cacheDirectory where to keep an HTTP cache, so that a re-fetch sends conditional
   *     requests ({@code If-None-Match}) and GitHub's 304 answers, which do not count against
   *     its rate limit, are served from it
   */
  public HttpStack(HttpSettings settings, Sleeper sleeper, Optional<Path> cacheDirectory) {
    this.settings = settings;
    this.sleeper = sleeper;
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.readTimeout())
            .callTimeout(settings.callTimeout())
            .addNetworkInterceptor(new NoAuthorizationInCacheInterceptor());
    // OkHttp's DiskLruCache rebuilds a damaged or deleted journal by itself: a broken cache
    // costs an unconditional refetch, never a failure.
    cacheDirectory.ifPresent(dir -> builder.cache(new Cache(dir.toFile(), CACHE_BYTES)));
    this.base = builder.build();
  }

  /**
   * A client with the interceptors every API shares: the origin guard, User-Agent, transient
   * retries, request counting and redacted logging. Returned as a builder so a source can add its
   * own.
   *
   * <p>Order matters: interceptors the caller adds run inside these (OkHttp runs application
   * interceptors in the order they were added), so authentication and rate limits are applied
   * to every retried attempt; counting and logging sit at the network, so each attempt that
   * leaves the machine is counted and logged, and cache hits are not.
   */
  public OkHttpClient.Builder clientFor(String userAgent, HttpStats stats, OriginGuard origins) {
    return base.newBuilder()
        .addInterceptor(origins)
        .addInterceptor(new UserAgentInterceptor(userAgent))
        .addInterceptor(new TransientRetryInterceptor(RetryPolicy.standard(settings.maxAttempts()), sleeper, stats))
        .addNetworkInterceptor(new CountingInterceptor(stats))
        .addNetworkInterceptor(new LoggingInterceptor());
  }

  /** Flushes and closes the cache, if any; the clients must not be used afterwards. */
  public void close() {
    try {
      if (base.cache() != null) {
        base.cache().close();
      }
    } catch (java.io.IOException e) {
      // A cache that cannot be closed cleanly is rebuilt on next use.
    }
    base.dispatcher().executorService().shutdown();
    base.connectionPool().evictAll();
  }

  public HttpSettings settings() {
    return settings;
  }

  public Sleeper sleeper() {
    return sleeper;
  }
}
