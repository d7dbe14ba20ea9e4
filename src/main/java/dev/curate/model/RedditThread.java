package dev.curate.model;

import java.time.Instant;

/**
 * A Reddit submission ("thread") as one fetch saw it.
 *
 * @param id the bare base36 id ({@code 9ysmtn}), without the {@code t3_} kind prefix
 * @param author null when Reddit reports the account as deleted
 * @param score Reddit's score (upvotes minus downvotes, fuzzed), shown to users as "upvotes"; null
 *     when the answer did not carry it (unknown is not zero: a thread must not rank or read as
 *     unloved for a field an archive left out)
 * @param comments {@code num_comments}; null when unknown, as for {@code score}
 * @param upvoteRatio {@code upvote_ratio} in [0, 1]; null when unknown. Reddit's listings before
 *     about 2020 and the Pushshift/Arctic Shift dumps of those years have no such field (PRAW's
 *     2016 cassette TestReddit.test_info.json; arctic_shift schemas/RS/2018/RS_2018-11.ts)
 * @param permalink the absolute URL of the thread on reddit.com, as built from the subreddit and id
 *     when it was read ({@link #permalinkOf}); shown only through {@link #link()}
 * @param url the submission's link; for self posts it is the thread itself
 * @param flair the link flair text, or null
 * @param removed removed by moderators or Reddit ({@code removed_by_category}, or {@code [removed]}
 *     as text); kept with its self text dropped, and never ranked
 * @param deleted deleted by its author: such a thread reaches the store only as a tombstone (id
 *     only) so that any earlier copy is purged, as Reddit's Data API terms require
 */
public record RedditThread(
    String id,
    String subreddit,
    String title,
    String author,
    Integer score,
    Integer comments,
    Double upvoteRatio,
    Instant createdAt,
    String permalink,
    String url,
    String flair,
    boolean isSelf,
    String selftext,
    boolean over18,
    boolean stickied,
    boolean removed,
    boolean deleted,
    Instant fetchedAt) {

  /** Permalinks are published on the public site, whichever API host served them. */
  public static final String SITE = "https://www.reddit.com";

  /**
   * The thread's address, built from its subreddit and id: {@code
   * https://www.reddit.com/r/<subreddit>/comments/<id>/<slug>/}, with the title slug of the
   * answer's {@code permalink} only when that is this very thread's path. Never the answer's
   * permalink itself: an absolute {@code https://evil.example/phish} there must not become the link
   * of a thread's heading. A subreddit name Reddit would not allow gives {@code /comments/<id>/},
   * which Reddit redirects; an id that is not base36 gives null (not linked).
   */
  public static String permalinkOf(String subreddit, String id, String answered) {
    if (!RedditPaths.isThreadId(id)) {
      return null;
    }
    if (!RedditPaths.isSubredditName(subreddit)) {
      return SITE + "/comments/" + id + "/";
    }
    String base = SITE + "/r/" + subreddit + "/comments/" + id + "/";
    String slug = answered == null ? null : RedditPaths.slugOf(answered, subreddit, id);
    return slug == null ? base : base + slug + "/";
  }

  /**
   * Where the draft, the table and rank --json link the thread: {@link #permalinkOf} its fields.
   */
  public String link() {
    return permalinkOf(subreddit, id, permalink);
  }
}
