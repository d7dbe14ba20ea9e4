package dev.curate.http;

import dev.curate.config.HttpSettings;
import java.nio.file.Path;
import java.util.Optional;
import okhttp3.Cache;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp stack of a run. Sources derive their own client with {@link #clientFor(String,
 * HttpStats, OriginGuard)} (sharing the connection pool, the dispatcher and the cache) and add
 * their API's interceptors on top.
 *
 * <p>Each client is two OkHttp clients in one: the client a source calls, whose interceptors may
 * wait (backoff, rate limits, pacing) and which has no call timeout, and the attempt client that
 * sends each attempt as a call of its own, bounded by {@code http.callTimeout}. OkHttp's call
 * timeout spans a whole call, application interceptors included, so on a single client a rate-limit
 * wait longer than the call timeout failed as a timeout; split this way, the call timeout bounds
 * one attempt (connect, redirects, headers and the whole body) and waiting for a limit is bounded
 * by {@code http.maxWait} alone.
 */
public final class HttpStack {
  private final OkHttpClient base;
  private final HttpSettings settings;
  private final Sleeper sleeper;
  private final KnownSecrets secrets;
  private final RequestListener requests;

  /** Cache size on disk: a month's search pages are well under a megabyte each. */
  static final long CACHE_BYTES = 64L * 1024 * 1024;

  public HttpStack(HttpSettings settings, Sleeper sleeper) {
    this(settings, sleeper, Optional.empty());
  }

  /**
   * @param cacheDirectory where to keep an HTTP cache, so that a re-fetch sends conditional
   *     requests ({@code If-None-Match}) and GitHub's 304 answers, which do not count against its
   *     rate limit, are served from it
   */
  public HttpStack(HttpSettings settings, Sleeper sleeper, Optional<Path> cacheDirectory) {
    this(settings, sleeper, cacheDirectory, KnownSecrets.empty());
  }

  /**
   * @param secrets the run's credentials: replaced in every answer before the cache or a source
   *     sees it (an answer that held one is not cached)
   */
  public HttpStack(
      HttpSettings settings, Sleeper sleeper, Optional<Path> cacheDirectory, KnownSecrets secrets) {
    this(settings, sleeper, cacheDirectory, secrets, RequestListener.NONE);
  }

  /**
   * @param requests told of every request any client of this stack sends to the network (the
   *     fetch's live progress line); cache hits are not requests
   */
  public HttpStack(
      HttpSettings settings,
      Sleeper sleeper,
      Optional<Path> cacheDirectory,
      KnownSecrets secrets,
      RequestListener requests) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.secrets = secrets;
    this.requests = requests;
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
   * retries, request counting, redacted logging, bounded bodies and the secret guard. Returned as a
   * builder so a source can add its own; see {@link ClientBuilder} for where they run.
   */
  public ClientBuilder clientFor(String userAgent, HttpStats stats, OriginGuard origins) {
    return new ClientBuilder(
        base,
        userAgent,
        stats,
        origins,
        new TransientRetryInterceptor(RetryPolicy.standard(settings.maxAttempts()), sleeper, stats),
        settings.maxBodySize(),
        secrets,
        requests);
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

  /** The run's credentials; a client that learns one (an OAuth access token) adds it here. */
  public KnownSecrets secrets() {
    return secrets;
  }
}
