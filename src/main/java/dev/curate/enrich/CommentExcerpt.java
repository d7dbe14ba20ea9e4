package dev.curate.enrich;

/**
 * One comment quoted in the draft.
 *
 * @param author the account name, or null when it was deleted
 * @param score its points, null when unknown
 * @param text plain text on one line, cut at a sentence
 */
public record CommentExcerpt(String author, Integer score, String text) {}
