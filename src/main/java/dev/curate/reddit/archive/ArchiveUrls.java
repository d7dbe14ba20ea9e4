package dev.curate.reddit.archive;

import dev.curate.model.CalendarMonth;
import okhttp3.HttpUrl;

/**
 * The Arctic Shift requests curate makes, built in one place so that {@code fetch --dry-run} shows
 * exactly what {@link ArcticShiftClient} asks.
 */
public final class ArchiveUrls {
  private ArchiveUrls() {}

  /** One second before the month, so that a strict "after" still returns its first second. */
  static long firstAfter(CalendarMonth month) {
    return month.start().getEpochSecond() - 1;
  }

  static HttpUrl search(
      HttpUrl base, String subreddit, long afterEpochSecond, long beforeEpochSecond) {
    return base.newBuilder()
        .addPathSegments("api/posts/search")
        .addQueryParameter("subreddit", subreddit)
        .addQueryParameter("after", Long.toString(afterEpochSecond))
        .addQueryParameter("before", Long.toString(beforeEpochSecond))
        .addQueryParameter("sort", "asc")
        .addQueryParameter("limit", Integer.toString(ArcticShiftClient.PAGE_SIZE))
        .build();
  }

  static HttpUrl postCount(HttpUrl base, String subreddit, CalendarMonth month) {
    return base.newBuilder()
        .addPathSegments("api/time_series")
        .addQueryParameter("key", "r/" + subreddit + "/posts/count")
        .addQueryParameter("precision", "month")
        .addQueryParameter("after", Long.toString(month.start().getEpochSecond()))
        .addQueryParameter("before", Long.toString(month.end().getEpochSecond()))
        .build();
  }

  /** The month's first search page, as the dry run prints it; null for a base that is no URL. */
  public static String firstSearch(String baseUrl, String subreddit, CalendarMonth month) {
    HttpUrl base = HttpUrl.parse(baseUrl);
    return base == null
        ? null
        : search(base, subreddit, firstAfter(month), month.end().getEpochSecond()).toString();
  }

  /** The month's post count request, as the dry run prints it; null for a base that is no URL. */
  public static String postCount(String baseUrl, String subreddit, CalendarMonth month) {
    HttpUrl base = HttpUrl.parse(baseUrl);
    return base == null ? null : postCount(base, subreddit, month).toString();
  }
}
