package dev.curate.http;

import dev.curate.error.CarriedFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Logger;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries 5xx/408 answers and I/O failures (reset connections, timeouts, bodies cut short: the
 * stack reads each attempt's body whole inside this loop, see {@link PerAttemptCall}) with {@link
 * RetryPolicy}'s backoff. A host that cannot be reached (unknown, refused: {@link
 * RetryPolicy#isUnreachable}) is not retried: its failure leaves at once. After the last attempt it
 * returns the last response (the source turns it into an error that says what was being fetched) or
 * rethrows the last I/O failure. Failures that curate itself raised ({@link CarriedFailure}) are
 * never retried.
 */
public final class TransientRetryInterceptor implements Interceptor {
  private static final Logger LOG = Logger.getLogger(TransientRetryInterceptor.class.getName());

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final HttpStats stats;

  public TransientRetryInterceptor(RetryPolicy policy, Sleeper sleeper, HttpStats stats) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.stats = stats;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= policy.maxAttempts();
      try {
        Response response = chain.proceed(request);
        if (last || !policy.isTransient(response.code())) {
          return response;
        }
        Duration wait =
            RetryAfter.parse(response)
                .filter(d -> d.compareTo(policy.cap()) <= 0)
                .orElse(policy.backoff(attempt));
        LOG.fine(
            () ->
                "HTTP "
                    + response.code()
                    + " from "
                    + Redaction.url(request.url())
                    + "; retrying in "
                    + wait.toMillis()
                    + " ms");
        response.close();
        pause(wait);
      } catch (CarriedFailure e) {
        throw e;
      } catch (IOException e) {
        if (last || chain.call().isCanceled() || RetryPolicy.isUnreachable(e)) {
          throw e;
        }
        Duration wait = policy.backoff(attempt);
        LOG.fine(
            () ->
                e.getClass().getSimpleName()
                    + " on "
                    + Redaction.url(request.url())
                    + "; retrying in "
                    + wait.toMillis()
                    + " ms");
        pause(wait);
      }
      stats.countRetry(request);
    }
  }

  private void pause(Duration wait) throws IOException {
    stats.countWait(wait);
    sleeper.pause(wait, "waiting to retry");
  }
}
