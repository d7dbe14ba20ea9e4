package dev.curate.enrich;

/**
 * One comment quoted in the draft.
 *
 * @param author the account name, or null when it was deleted
 * @param text plain text on one line, cut at a sentence
 */
public record CommentExcerpt(String author, int score, String text) {}
