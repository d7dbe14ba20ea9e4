package dev.curate.model;

import java.time.Instant;
import java.util.List;

/**
 * How much of a month one source covered in its latest fetch, so that the editor knows what the
 * shortlist was chosen from.
 *
 * @param source {@code github} or {@code reddit:<subreddit>}
 * @param method how the items were read: {@code search} (GitHub), {@code listing} (Reddit)
 * @param items the items of the month the fetch kept
 * @param complete false when the source knows it missed part of the month
 * @param notes the fetch's warnings (why it is incomplete, among others)
 */
public record SourceCoverage(
    String source, String method, int items, boolean complete, Instant fetchedAt, List<String> notes) {
  public SourceCoverage {
    notes = List.copyOf(notes);
  }

  public boolean isReddit() {
    return source.startsWith("reddit:");
  }
}
