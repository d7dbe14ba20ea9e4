package dev.curate.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The last interceptor of a source's client: sends the attempt as a call of its own on the
 * attempt client and answers with it, body read whole. The attempt's call timeout
 * ({@code http.callTimeout}) runs from the request to the body's last byte, so it bounds this
 * attempt only; the waits of the interceptors before this one are never part of it.
 *
 * <p>Reading the body here, inside the retry loop, means a connection cut mid-body, a body
 * shorter than its Content-Length or one dribbled past the call timeout is retried like any other
 * I/O failure instead of surfacing later as a parse error.
 */
final class PerAttemptCall implements Interceptor {
  private final OkHttpClient attempts;

  PerAttemptCall(OkHttpClient attempts) {
    this.attempts = attempts;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.call().isCanceled()) {
      throw new IOException("Canceled");
    }
    return buffered(attempts.newCall(chain.request()).execute());
  }

  private static Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null || response.code() == 204 || response.code() == 304 || "HEAD".equals(response.request().method())) {
      return response;
    }
    MediaType type = body.contentType();
    byte[] bytes;
    try (body) {
      bytes = body.bytes();
    }
    return response.newBuilder().body(ResponseBody.create(bytes, type)).build();
  }
}
