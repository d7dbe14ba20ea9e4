package dev.curate.workflow;

import dev.curate.config.EventsSettings;
import dev.curate.config.GitHubSourceChoice;
import dev.curate.model.CalendarMonth;
import java.util.Optional;

/**
 * How a month's GitHub candidates are read, as {@code github.source} (or {@code --github-source}),
 * {@code --gharchive} and the month decide: the fetch, its start-up line and its plan all ask this.
 *
 * @param search whether GitHub's searches run (repositories created in the month)
 * @param events whether GH Archive's star events are read (every repository starred in the month)
 * @param eventsRequired whether a failure to read the events ends the fetch ({@code events}), or is
 *     one warning and the month read by search alone ({@code auto})
 * @param why why {@code auto} leaves the events out of this month, for the fetch's first lines
 */
public record GitHubReading(
    boolean search, boolean events, boolean eventsRequired, Optional<String> why) {

  /** GitHub's searches alone: {@code github.source: search}. */
  public static final GitHubReading SEARCH =
      new GitHubReading(true, false, false, Optional.empty());

  /**
   * @param fromFiles whether the events come from hour files the user gave ({@code --gharchive}),
   *     which {@code auto} reads whatever the month: they were given for it
   */
  public static GitHubReading decide(
      GitHubSourceChoice choice, EventsSettings settings, boolean fromFiles, CalendarMonth month) {
    return switch (choice) {
      case search -> SEARCH;
      case events -> new GitHubReading(false, true, true, Optional.empty());
      case auto -> {
        if (fromFiles || settings.isSound(month)) {
          yield new GitHubReading(true, true, false, Optional.empty());
        }
        yield new GitHubReading(true, false, false, Optional.of(unsound(settings, month)));
      }
    };
  }

  private static String unsound(EventsSettings settings, CalendarMonth month) {
    boolean before = month.compareTo(settings.soundFrom()) < 0;
    return month
        + " is "
        + (before
            ? "before github.events.soundFrom (" + settings.soundFrom() + ")"
            : "after github.events.soundTo ("
                + settings.soundTo()
                + "; GH Archive lost most star events from mid-2025)")
        + ", so auto reads it by search alone; --github-source events reads its events anyway,"
        + " as lower bounds";
  }

  /** {@code search}, {@code events} or {@code search+events}, as this reading would say it. */
  public String shown() {
    return search && events ? "search+events" : events ? "events" : "search";
  }
}
