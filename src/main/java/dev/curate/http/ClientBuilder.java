package dev.curate.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * One source's client on the shared stack. Where each interceptor runs:
 *
 * <pre>
 *   {@link #first} → origin guard → User-Agent → transient retries → {@link #addInterceptor}...
 *       → {@link PerAttemptCall}: one call on the attempt client (call timeout, cache, redirects,
 *         counting, logging, {@link SecretGuardInterceptor}, {@link BoundedBody}, network)
 * </pre>
 *
 * Everything left of {@link PerAttemptCall} runs on a client without a call timeout and may wait;
 * each attempt it sends is a call of its own, bounded by {@code http.callTimeout}, and comes back
 * with its body read whole, so a body cut short or dribbled fails inside the retries.
 */
public final class ClientBuilder {
  private final OkHttpClient base;
  private final String userAgent;
  private final HttpStats stats;
  private final OriginGuard origins;
  private final TransientRetryInterceptor retries;
  private final long maxBodySize;
  private final KnownSecrets secrets;
  private final RequestListener requests;
  private final List<Interceptor> first = new ArrayList<>();
  private final List<Interceptor> perAttempt = new ArrayList<>();
  private boolean redirects = true;
  private boolean scrubAnswers = true;

  ClientBuilder(
      OkHttpClient base,
      String userAgent,
      HttpStats stats,
      OriginGuard origins,
      TransientRetryInterceptor retries,
      long maxBodySize,
      KnownSecrets secrets,
      RequestListener requests) {
    this.base = base;
    this.userAgent = userAgent;
    this.stats = stats;
    this.origins = origins;
    this.retries = retries;
    this.maxBodySize = maxBodySize;
    this.secrets = secrets;
    this.requests = requests;
  }

  /** Runs before the shared interceptors, once per request: a turn that covers every retry. */
  public ClientBuilder first(Interceptor interceptor) {
    first.add(interceptor);
    return this;
  }

  /**
   * Runs inside the shared retries, so once per attempt, in the order added: authentication, rate
   * limits, pacing. Its waits are outside any call timeout.
   */
  public ClientBuilder addInterceptor(Interceptor interceptor) {
    perAttempt.add(interceptor);
    return this;
  }

  /**
   * Neither redirects nor OkHttp's own silent retries: it would repeat a 408 (and a request on a
   * stale connection) at once, without backoff and uncounted, where every retry should go through
   * the stack's {@link TransientRetryInterceptor}: backed off, bounded, counted.
   */
  public ClientBuilder withoutRedirects() {
    redirects = false;
    return this;
  }

  /**
   * Leaves the run's secrets in this client's answers: only for an OAuth token endpoint, whose
   * answer is the credential curate must read. Its answers are POSTs' (never cached) and are never
   * printed.
   */
  public ClientBuilder keepingSecretsInAnswers() {
    scrubAnswers = false;
    return this;
  }

  public OkHttpClient build() {
    KnownSecrets scrubbed = scrubAnswers ? secrets : KnownSecrets.empty();
    OkHttpClient.Builder attempt =
        base.newBuilder()
            .addNetworkInterceptor(new CountingInterceptor(stats, requests))
            .addNetworkInterceptor(new LoggingInterceptor())
            // Innermost: an answer is read (bounded) and clean before the cache stores it or a
            // redirect is followed.
            .addNetworkInterceptor(new SecretGuardInterceptor(scrubbed))
            .addNetworkInterceptor(new BoundedBodyInterceptor(maxBodySize));
    if (!redirects) {
      attempt.followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false);
    }
    OkHttpClient.Builder calls = base.newBuilder().callTimeout(Duration.ZERO);
    // The calling client never reaches the network: its last interceptor answers every call.
    calls.networkInterceptors().clear();
    first.forEach(calls::addInterceptor);
    calls
        .addInterceptor(origins)
        .addInterceptor(new UserAgentInterceptor(userAgent))
        .addInterceptor(retries);
    perAttempt.forEach(calls::addInterceptor);
    calls.addInterceptor(new PerAttemptCall(attempt.build(), maxBodySize, scrubbed));
    return calls.build();
  }
}
