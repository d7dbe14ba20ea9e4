package dev.curate.reddit;

import dev.curate.model.RequestCount;
import dev.curate.plan.Purpose.Kind;
import dev.curate.reddit.api.RedditClient;
import dev.curate.reddit.archive.ArcticShiftClient;
import java.util.HashMap;
import java.util.Map;

/**
 * The fewest requests that could have read a subreddit's month as it was read: a listing page per
 * 100 posts it served, the archive's pages as its pager needs them at the fewest ({@link
 * #archive}), and every token, post count and {@code /api/info} refresh sent, which each answer
 * something no other request does (a token once, however often it was asked for).
 */
final class RequestFloor {
  private final Map<String, Integer> byKind = new HashMap<>();

  /** The top listing was read, and served {@code posts}. */
  void listing(int posts) {
    byKind.merge(Kind.LISTING.name(), pages(posts, RedditClient.PAGE_SIZE), Integer::sum);
  }

  /**
   * The archive was read, and served {@code posts}, readable or not. Its pager reads on while pages
   * come full, and each page after the first starts at the second of the last page's newest post,
   * which so comes again ({@code ArchivePager.readMonth}): a later page brings 99 new posts at
   * most, and only a page that is not full ends the read (a month of exactly 100 posts takes two).
   */
  void archive(int posts) {
    int full = ArcticShiftClient.PAGE_SIZE;
    byKind.put(Kind.ARCHIVE_POSTS.name(), 1);
    byKind.put(Kind.ARCHIVE_MORE_POSTS.name(), posts < full ? 0 : 1 + (posts - full) / (full - 1));
  }

  /** The floor of each kind the reads set. */
  Map<String, Integer> byKind() {
    return Map.copyOf(byKind);
  }

  /** {@code count} with the floor of the kinds every request of which is needed, as sent. */
  RequestCount sentNeeded(RequestCount count) {
    return count
        .withFloor(Kind.TOKEN.name(), Math.min(1, count.sent(Kind.TOKEN.name())))
        .withFloor(Kind.ARCHIVE_COUNT.name(), count.sent(Kind.ARCHIVE_COUNT.name()))
        .withFloor(Kind.REFRESH.name(), count.sent(Kind.REFRESH.name()));
  }

  /** At least one page: a month without posts is still asked. */
  private static int pages(int posts, int perPage) {
    return Math.max(1, (posts + perPage - 1) / perPage);
  }
}
