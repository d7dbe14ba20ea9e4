package dev.curate.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Counts requests that reach the network (a network interceptor: cache hits do not count). */
public final class CountingInterceptor implements Interceptor {
  private final HttpStats stats;

  public CountingInterceptor(HttpStats stats) {
    this.stats = stats;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    stats.countRequest();
    Response response = chain.proceed(chain.request());
    if (response.code() == 304) {
      stats.countNotModified();
    }
    return response;
  }
}
