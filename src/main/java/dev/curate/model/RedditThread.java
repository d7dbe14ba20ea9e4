package dev.curate.model;

import java.time.Instant;

/**
 * A Reddit submission ("thread") as one fetch saw it.
 *
 * @param id the bare base36 id ({@code 9ysmtn}), without the {@code t3_} kind prefix
 * @param author null when Reddit reports the account as deleted
 * @param score Reddit's score (upvotes minus downvotes, fuzzed), shown to users as "upvotes"
 * @param permalink the absolute URL of the thread on reddit.com
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
    int score,
    int comments,
    double upvoteRatio,
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
    Instant fetchedAt) {}
