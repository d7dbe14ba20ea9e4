package dev.curate.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The last interceptor of a source's client: sends the attempt as a call of its own on the attempt
 * client and answers with it, body read whole. The attempt's call timeout ({@code
 * http.callTimeout}) runs from the request to the body's last byte, so it bounds this attempt only;
 * the waits of the interceptors before this one are never part of it.
 *
 * <p>Reading the body here, inside the retry loop, means a connection cut mid-body, a body shorter
 * than its Content-Length or one dribbled past the call timeout is retried like any other I/O
 * failure instead of surfacing later as a parse error; and every interceptor before this one sees a
 * body that is whole, decompressed, within {@code http.maxBodySize} ({@link BoundedBody}) and free
 * of the run's credentials ({@link SecretGuardInterceptor}).
 */
final class PerAttemptCall implements Interceptor {
  private final OkHttpClient attempts;
  private final long maxBodySize;
  private final KnownSecrets secrets;

  /**
   * @param maxBodySize {@code http.maxBodySize}: the most bytes read of one body, decompressed
   * @param secrets replaced in what the attempt returns, answers from the cache included
   */
  PerAttemptCall(OkHttpClient attempts, long maxBodySize, KnownSecrets secrets) {
    this.attempts = attempts;
    this.maxBodySize = maxBodySize;
    this.secrets = secrets;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.call().isCanceled()) {
      throw new IOException("Canceled");
    }
    Response answer = BoundedBody.read(attempts.newCall(chain.request()).execute(), maxBodySize);
    return SecretGuardInterceptor.scrubbed(answer, secrets);
  }
}
