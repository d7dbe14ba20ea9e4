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
    Instant fetchedAt) {}
