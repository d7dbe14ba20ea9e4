package dev.curate.reddit.post;

import dev.curate.model.RedditPaths;
import dev.curate.model.RedditThread;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a listing's {@code t3} into curate's {@link RedditThread}. {@code id} and {@code
 * created_utc} are required (without them a thread can be neither stored nor placed in a month); a
 * post without them, or with an absurd value, is an {@link UnusablePost}, skipped by the caller. A
 * missing score, comment count or upvote ratio stays unknown (null), never 0: Reddit's own listings
 * left {@code upvote_ratio} out until about 2020 and the 2018 dumps never have it, and a thread
 * must not read as 0% liked for that. Missing text gets a neutral default.
 *
 * <p>Deleted and removed posts follow Reddit's Data API terms ("When posts and comments are
 * deleted, you must delete all content related to the post (e.g., title, body, embedded URLs,
 * etc.)", support.reddithelp.com "Reddit Data API Wiki"):
 *
 * <ul>
 *   <li>deleted by its author ({@code removed_by_category: "deleted"}, or the older {@code
 *       [deleted]} author and body): a tombstone, {@link RedditThread#deleted()} true and every
 *       piece of content gone but the id, which tells the store what to purge;
 *   <li>removed by moderators, Reddit or its filters (any other {@code removed_by_category}, or a
 *       {@code [removed]} body): kept with {@link RedditThread#removed()} so that it is known and
 *       not ranked, but without its body, which Reddit no longer shows.
 * </ul>
 */
public final class ThreadMapper {
  /** Permalinks are published on the public site, whichever API host served them. */
  static final String CANONICAL_SITE = RedditThread.SITE;

  static final String DELETED = "[deleted]";
  static final String REMOVED = "[removed]";

  /** The {@code removed_by_category} of a post its author deleted. */
  static final String DELETED_BY_AUTHOR = "deleted";

  /** 10000-01-01T00:00:00Z: four-digit years are all a post's date can have. */
  private static final BigDecimal YEAR_10000 = BigDecimal.valueOf(253_402_300_800L);

  /**
   * @throws UnusablePost when the post has no id, no {@code created_utc}, or a value no thread can
   *     have: a {@code created_utc} outside 1970-9999 (such as {@code 1e300}), a negative comment
   *     count, an upvote ratio outside [0, 1]
   */
  public RedditThread map(Post post, String requestedSubreddit, Instant fetchedAt)
      throws UnusablePost {
    if (post == null || blank(post.id())) {
      throw new UnusablePost(null, "no id");
    }
    // Reddit's ids are base36; anything else cannot be linked, purged or looked up.
    if (!RedditPaths.isThreadId(bareId(post.id()))) {
      throw new UnusablePost(
          post.id(), "id " + UnusablePost.shown(post.id()) + " is not a Reddit id");
    }
    String subreddit = post.subreddit() == null ? requestedSubreddit : post.subreddit();
    if (deletedByAuthor(post)) {
      // Not required: a deleted post is never placed in a month, only purged by its id.
      return tombstone(
          bareId(post.id()), subreddit, instantOf(post.createdUtc()).orElse(null), fetchedAt);
    }
    if (post.createdUtc() == null) {
      throw new UnusablePost(post.id(), "no created_utc");
    }
    Instant created =
        instantOf(post.createdUtc())
            .orElseThrow(
                () ->
                    new UnusablePost(
                        post.id(),
                        "created_utc " + UnusablePost.shown(post.createdUtc()) + " is no date"));
    Integer score = whole(post.id(), "score", post.score());
    Integer comments = whole(post.id(), "num_comments", post.numComments());
    if (comments != null && comments < 0) {
      throw new UnusablePost(post.id(), "num_comments " + comments + " is below zero");
    }
    if (post.upvoteRatio() != null && !(post.upvoteRatio() >= 0 && post.upvoteRatio() <= 1)) {
      throw new UnusablePost(
          post.id(),
          "upvote_ratio " + UnusablePost.shown(post.upvoteRatio()) + " is not in [0, 1]");
    }
    // Built from the subreddit and id, never taken from the answer (RedditThread.permalinkOf).
    String permalink =
        RedditThread.permalinkOf(subreddit, bareId(post.id()), absolute(post.permalink()));
    String selftext = post.selftext() == null ? "" : post.selftext();
    String author = post.author();
    // removed_by_category: "moderator", "reddit", "automod_filtered", "anti_evil_ops", ...; the
    // [removed] body is what listings without the field show instead.
    boolean removed = post.removedByCategory() != null || REMOVED.equals(selftext);
    return new RedditThread(
        bareId(post.id()),
        subreddit,
        post.title() == null ? "" : post.title(),
        // "[deleted]" here, with the post still up, is a deleted account: no name to keep.
        DELETED.equals(author) ? null : author,
        score,
        comments,
        post.upvoteRatio(),
        created,
        permalink,
        post.url() == null ? permalink : absolute(post.url()),
        blank(post.linkFlairText()) ? null : post.linkFlairText(),
        Boolean.TRUE.equals(post.isSelf()),
        removed ? null : selftext,
        Boolean.TRUE.equals(post.over18()),
        Boolean.TRUE.equals(post.stickied()),
        removed,
        false,
        fetchedAt);
  }

  /**
   * Reddit marks a post its author deleted with {@code removed_by_category: "deleted"}; listings
   * that lack the field show {@code [deleted]} as both author and body. A {@code [deleted]} author
   * alone is a deleted account under a post that is still up.
   */
  public static boolean deletedByAuthor(Post post) {
    return DELETED_BY_AUTHOR.equals(post.removedByCategory())
        || (DELETED.equals(post.author()) && DELETED.equals(post.selftext()));
  }

  /**
   * What is left of a deleted post: its id, for the store to purge any copy by, and nothing of its
   * content. {@code created_utc} is kept if Reddit sent it, and not required: a deleted post is
   * never placed in a month.
   */
  private static RedditThread tombstone(
      String id, String subreddit, Instant createdAt, Instant fetchedAt) {
    return new RedditThread(
        id,
        subreddit,
        "",
        null,
        null,
        null,
        null,
        createdAt,
        CANONICAL_SITE + "/comments/" + id + "/",
        null,
        null,
        false,
        null,
        false,
        false,
        true,
        true,
        fetchedAt);
  }

  /**
   * Epoch seconds as Reddit sends them (a float, {@code 1542748413.0}) to an exact Instant; empty
   * for null and for what cannot be a post's date: before 1970 or from the year 10000 on ({@code
   * 1e300} would not even fit an Instant).
   */
  public static Optional<Instant> instantOf(BigDecimal epochSeconds) {
    if (epochSeconds == null
        || epochSeconds.signum() < 0
        || epochSeconds.compareTo(YEAR_10000) >= 0) {
      return Optional.empty();
    }
    BigDecimal whole = epochSeconds.setScale(0, RoundingMode.FLOOR);
    long nanos =
        epochSeconds
            .subtract(whole)
            .movePointRight(9)
            .setScale(0, RoundingMode.HALF_UP)
            .longValue();
    return Optional.of(Instant.ofEpochSecond(whole.longValueExact(), nanos));
  }

  /** A count that must be a whole number an int holds; null stays unknown. */
  private static Integer whole(String id, String field, BigDecimal value) throws UnusablePost {
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new UnusablePost(
          id, field + " " + UnusablePost.shown(value) + " is not a whole number in range");
    }
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
