package dev.curate.model;

/**
 * A Reddit comment as the workflow read it ({@code /comments/{id}.json}, the second listing's
 * {@code t1} children): only what picking and quoting need.
 *
 * @param author the account name; {@code [deleted]} or null when the account is gone
 * @param body the comment's Markdown source ({@code body}, fetched with {@code raw_json=1}); {@code
 *     [deleted]} or {@code [removed]} when it was taken down
 * @param score upvotes minus downvotes, as Reddit reports it; null when the answer left it out
 * @param stickied pinned by a moderator (rules, bot notices), not part of the discussion
 */
public record Comment(String author, String body, Integer score, boolean stickied) {}
