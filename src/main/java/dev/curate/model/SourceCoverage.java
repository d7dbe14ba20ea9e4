package dev.curate.model;

import java.time.Instant;
import java.util.List;

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
 */
public record SourceCoverage(
    String source, String method, int items, boolean complete, Instant fetchedAt, List<String> notes,
    Integer expectedItems) {
  public SourceCoverage {
    notes = List.copyOf(notes);
  }

  public SourceCoverage(
      String source, String method, int items, boolean complete, Instant fetchedAt, List<String> notes) {
    this(source, method, items, complete, fetchedAt, notes, null);
  }

  public boolean isReddit() {
    return source.startsWith("reddit:");
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
