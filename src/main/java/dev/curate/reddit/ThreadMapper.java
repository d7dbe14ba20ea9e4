package dev.curate.reddit;

import dev.curate.error.ApiException;
import dev.curate.model.RedditThread;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Turns a listing's {@code t3} into curate's {@link RedditThread}. {@code id} and {@code
 * created_utc} are required (without them a thread can be neither stored nor placed in a month);
 * other missing fields get neutral defaults.
 */
final class ThreadMapper {
  /** Permalinks are published on the public site, whichever API host served them. */
  static final String CANONICAL_SITE = "https://www.reddit.com";
  static final String DELETED = "[deleted]";
  static final String REMOVED = "[removed]";

  RedditThread map(Post post, String requestedSubreddit, Instant fetchedAt) {
    if (post == null || blank(post.id())) {
      throw new ApiException("Reddit listing r/" + requestedSubreddit + " returned a post without an id");
    }
    if (post.createdUtc() == null) {
      throw new ApiException("Reddit listing r/" + requestedSubreddit + " returned post " + post.id()
          + " without created_utc");
    }
    String permalink = absolute(post.permalink());
    String selftext = post.selftext() == null ? "" : post.selftext();
    String author = post.author();
    // Reddit's removed_by_category: "moderator", "reddit", "automod_filtered", "deleted" (by the
    // author), ...; the text placeholders are what older and public listings show instead.
    boolean removed = post.removedByCategory() != null || REMOVED.equals(selftext);
    boolean deleted = DELETED.equals(selftext)
        || (DELETED.equals(author) && "deleted".equals(post.removedByCategory()));
    return new RedditThread(
        bareId(post.id()),
        post.subreddit() == null ? requestedSubreddit : post.subreddit(),
        post.title() == null ? "" : post.title(),
        DELETED.equals(author) ? null : author,
        post.score() == null ? 0 : post.score(),
        post.numComments() == null ? 0 : post.numComments(),
        post.upvoteRatio() == null ? 0 : post.upvoteRatio(),
        instant(post.createdUtc()),
        permalink,
        post.url() == null ? permalink : absolute(post.url()),
        blank(post.linkFlairText()) ? null : post.linkFlairText(),
        Boolean.TRUE.equals(post.isSelf()),
        selftext,
        Boolean.TRUE.equals(post.over18()),
        Boolean.TRUE.equals(post.stickied()),
        removed,
        deleted,
        fetchedAt);
  }

  /** Epoch seconds as Reddit sends them (a float, {@code 1542748413.0}) to an exact Instant. */
  static Instant instant(BigDecimal epochSeconds) {
    BigDecimal whole = epochSeconds.setScale(0, RoundingMode.FLOOR);
    long nanos = epochSeconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValue();
    return Instant.ofEpochSecond(whole.longValueExact(), nanos);
  }

  private static String bareId(String id) {
    return id.startsWith("t3_") ? id.substring(3) : id;
  }

  /** Relative links ({@code /r/...}) made absolute on the public site; absolute ones kept. */
  private static String absolute(String link) {
    if (link == null || link.isEmpty()) {
      return null;
    }
    return link.startsWith("/") ? CANONICAL_SITE + link : link;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
