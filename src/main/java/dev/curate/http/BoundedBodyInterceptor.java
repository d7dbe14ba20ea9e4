package dev.curate.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Reads each answer from the network whole as it arrives, within {@code http.maxBodySize} ({@link
 * BoundedBody}), before OkHttp's cache or its transparent gzip see it: the cache keeps plain
 * bodies, every gzip is counted decompressed whoever asked for it, and the {@link
 * SecretGuardInterceptor} outside it gets a body it can scan.
 */
final class BoundedBodyInterceptor implements Interceptor {
  private final long maxBodySize;

  BoundedBodyInterceptor(long maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return BoundedBody.read(chain.proceed(chain.request()), maxBodySize);
  }
}
