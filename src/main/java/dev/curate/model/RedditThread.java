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
 * @param removed removed by moderators, Reddit or the author ({@code removed_by_category}, or
 *     {@code [removed]} as text)
 * @param deleted deleted by its author ({@code [deleted]} as text)
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
