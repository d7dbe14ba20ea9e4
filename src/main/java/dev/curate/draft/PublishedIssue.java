package dev.curate.draft;

import dev.curate.model.CalendarMonth;
import java.util.Objects;

/**
 * An issue of the roundup already published, for the series archive of later drafts.
 *
 * @param url where it was published; null when the editor has not said, and the draft asks
 */
public record PublishedIssue(CalendarMonth month, String url) {
  public PublishedIssue {
    Objects.requireNonNull(month, "month");
  }
}
