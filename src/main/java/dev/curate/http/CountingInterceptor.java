package dev.curate.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts requests that reach the network (a network interceptor: cache hits do not count), 304
 * answers, and the rate-limit budget each answer reports. GitHub names its bucket in {@code
 * x-ratelimit-resource} and gives a limit; Reddit gives a float remaining only.
 */
public final class CountingInterceptor implements Interceptor {
  /** Far above any API's budget (GitHub's largest is 15,000 an hour). */
  private static final double MAX_PLAUSIBLE = 1e9;

  private final HttpStats stats;
  private final RequestListener listener;

  public CountingInterceptor(HttpStats stats) {
    this(stats, RequestListener.NONE);
  }

  public CountingInterceptor(HttpStats stats, RequestListener listener) {
    this.stats = stats;
    this.listener = listener;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    stats.countRequest(chain.request());
    listener.sent();
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

  /**
   * The count as a whole number, or {@code ?} when the header holds no plausible count ({@code
   * NaN}, {@code -1}, {@code 1e20}, text): the summary and the store get no hostile text, and no
   * "9223372036854775807 left".
   */
  static String wholeNumber(String value) {
    try {
      double d = Double.parseDouble(value.trim());
      return Double.isFinite(d) && d >= 0 && d <= MAX_PLAUSIBLE
          ? String.valueOf((long) Math.floor(d))
          : "?";
    } catch (NumberFormatException e) {
      return "?";
    }
  }
}
