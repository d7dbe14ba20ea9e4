package dev.curate.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of a month one source covered in its latest fetch, so that the editor knows what the
 * shortlist was chosen from.
 *
 * @param source {@code github} or {@code reddit:<subreddit>}
 * @param method how the items were read: {@code search} (GitHub), {@code listing}, {@code
 *     archive} or {@code dump} (Reddit)
 * @param items the items of the month the fetch kept
 * @param complete false when the source knows it missed part of the month
 * @param notes the fetch's warnings (why it is incomplete, among others)
 * @param expectedItems the month's post count the archive publishes, or null when none is known
 * @param read the posts read to find the month's (a listing's posts of other months, posts
 *     deleted since they were archived), for a subreddit; null for GitHub or when not known
 */
public record SourceCoverage(
    String source, String method, int items, boolean complete, Instant fetchedAt, List<String> notes,
    Integer expectedItems, Integer read) {
  public SourceCoverage {
    notes = List.copyOf(notes);
  }

  public SourceCoverage(
      String source, String method, int items, boolean complete, Instant fetchedAt, List<String> notes,
      Integer expectedItems) {
    this(source, method, items, complete, fetchedAt, notes, expectedItems, null);
  }

  public SourceCoverage(
      String source, String method, int items, boolean complete, Instant fetchedAt, List<String> notes) {
    this(source, method, items, complete, fetchedAt, notes, null);
  }

  public boolean isReddit() {
    return source.startsWith("reddit:");
  }

  /**
   * What explains a count below the archive's, e.g. {@code " (8 read; the archive counts 8)"}, or
   * "" when there is nothing to say; fetch's summary and the draft both use it.
   */
  public static String countsNote(int kept, Integer read, Integer expected) {
    List<String> notes = new ArrayList<>();
    if (read != null && read > kept) {
      notes.add(String.format(Locale.ROOT, "%,d read", read));
    }
    if (expected != null) {
      notes.add(String.format(Locale.ROOT, "the archive counts %,d", expected));
    }
    return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
  }

  /** How a method read the month, in the words fetch's summary and the draft both use. */
  public static String howRead(String method) {
    return switch (method) {
      case "archive" -> "from the archive";
      case "dump" -> "from the dump";
      case "listing" -> "via top listing";
      default -> "via " + method;
    };
  }
}
