package dev.curate.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts requests that reach the network (a network interceptor: cache hits do not count), 304
 * answers, and the rate-limit budget each answer reports. GitHub names its bucket in
 * {@code x-ratelimit-resource} and gives a limit; Reddit gives a float remaining only.
 */
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
    String remaining = response.header("x-ratelimit-remaining");
    if (remaining != null) {
      String bucket = response.header("x-ratelimit-resource", "requests");
      String limit = response.header("x-ratelimit-limit");
      String left = wholeNumber(remaining);
      stats.recordBudget(bucket, limit == null ? left : left + "/" + wholeNumber(limit));
    }
    return response;
  }

  private static String wholeNumber(String value) {
    try {
      return String.valueOf((long) Math.floor(Double.parseDouble(value.trim())));
    } catch (NumberFormatException e) {
      return value.trim();
    }
  }
}
