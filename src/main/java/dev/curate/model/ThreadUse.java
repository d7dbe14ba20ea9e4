package dev.curate.model;

import java.util.List;

/**
 * Where the editor's work refers to a thread: the shortlists it is on and the published issues that
 * featured it. Told before a purge takes the thread away (Reddit's Data API terms), so that the
 * editor learns which shortlist lost an entry and which published article names a thread that is
 * gone.
 *
 * @param shortlisted its places, month and rank, on the shortlists it is on
 * @param published the published issues that featured it, with their URLs (null when none was
 *     given)
 */
public record ThreadUse(String threadId, List<Place> shortlisted, List<Issue> published) {
  public ThreadUse {
    shortlisted = List.copyOf(shortlisted);
    published = List.copyOf(published);
  }

  public record Place(CalendarMonth month, int rank) {}

  public record Issue(CalendarMonth month, String url) {}

  public boolean any() {
    return !shortlisted.isEmpty() || !published.isEmpty();
  }
}
