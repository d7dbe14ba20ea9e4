package dev.curate.reddit.archive;

import dev.curate.model.CalendarMonth;
import okhttp3.HttpUrl;

/**
 * The Arctic Shift requests curate makes, built in one place so that a source's plan shows exactly
 * what {@link ArcticShiftClient} asks.
 */
final class ArchiveUrls {
  private ArchiveUrls() {}

  /** One second before the month, so that a strict "after" still returns its first second. */
  static long firstAfter(CalendarMonth month) {
    return month.start().getEpochSecond() - 1;
  }

  /**
   * {@code /api/posts/search}: posts of a subreddit created after and before two epoch seconds
   * (text, so that a plan can name one by a placeholder), oldest first.
   */
  static HttpUrl search(HttpUrl base, String subreddit, String afterEpochSecond, long before) {
    return base.newBuilder()
        .addPathSegments("api/posts/search")
        .addQueryParameter("subreddit", subreddit)
        .addQueryParameter("after", afterEpochSecond)
        .addQueryParameter("before", Long.toString(before))
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
}
