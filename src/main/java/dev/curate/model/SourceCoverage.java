package dev.curate.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How much of a month one source covered in its latest fetch, so that the editor knows what the
 * shortlist was chosen from.
 *
 * @param source which source: GitHub, or one subreddit
 * @param method how the items were read
 * @param items the items of the month the fetch kept
 * @param complete false when the source knows it missed part of the month
 * @param notes the fetch's warnings (why it is incomplete, among others)
 * @param expectedItems the month's post count the archive publishes, or null when none is known
 * @param read the posts read to find the month's (a listing's posts of other months, posts deleted
 *     since they were archived), for a subreddit; null for GitHub or when not known
 * @param events what GH Archive's star events gave GitHub's candidates; null when the month was not
 *     read through them (and for every subreddit)
 */
public record SourceCoverage(
    SourceId source,
    ReadMethod method,
    int items,
    boolean complete,
    Instant fetchedAt,
    List<String> notes,
    Integer expectedItems,
    Integer read,
    EventsCoverage events) {
  public SourceCoverage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(method, "method");
    notes = List.copyOf(notes);
  }

  /** The coverage of a month not read through GH Archive's events. */
  public SourceCoverage(
      SourceId source,
      ReadMethod method,
      int items,
      boolean complete,
      Instant fetchedAt,
      List<String> notes,
      Integer expectedItems,
      Integer read) {
    this(source, method, items, complete, fetchedAt, notes, expectedItems, read, null);
  }
}
