package dev.curate.reddit;

import dev.curate.config.RedditSourceChoice;
import dev.curate.model.CalendarMonth;
import dev.curate.model.ReadMethod;
import dev.curate.reddit.api.TopWindow;
import java.time.Instant;

/**
 * Where a month's threads come from, in what order, and why: the one decision the fetch ({@link
 * RedditSource}), its start-up line and its plan share. {@code cli.output.FetchStart} words it.
 *
 * <p>The top listing holds every post of its window, but its windows are relative to now and reach
 * back a year at most ({@link TopWindow}); the archive holds every month but its figures are as of
 * when it collected a post.
 *
 * @param choice {@code reddit.source} or {@code fetch --reddit-source}
 * @param window the smallest {@code t} window that covers the month, seen from now
 * @param dumps whether {@code --reddit-dump} files replace the network
 */
public record SourceDecision(RedditSourceChoice choice, TopWindow window, boolean dumps) {
  /** Why the month is read the way it is. */
  public enum Reason {
    /** {@code --reddit-dump} files were given. */
    DUMPS_GIVEN,
    /** {@code api} or {@code archive} was asked for. */
    CHOSEN,
    /** {@code auto}, and the month lies within the listing's reach. */
    LISTING_MAY_COVER_THE_MONTH,
    /** {@code auto}, and the month is older than the listing's longest window but {@code all}. */
    MONTH_BEYOND_THE_LISTING
  }

  public static SourceDecision of(
      RedditSourceChoice choice, CalendarMonth month, Instant now, boolean dumps) {
    return new SourceDecision(choice, TopWindow.covering(month, now), dumps);
  }

  /** What is read first for each subreddit. */
  public ReadMethod first() {
    if (dumps) {
      return ReadMethod.DUMP;
    }
    boolean listing =
        choice == RedditSourceChoice.api
            || (choice == RedditSourceChoice.auto && window != TopWindow.ALL);
    return listing ? ReadMethod.LISTING : ReadMethod.ARCHIVE;
  }

  /** After a listing that may have left posts of the month out, the archive is read too. */
  public boolean archiveIfListingCut() {
    return choice == RedditSourceChoice.auto && first() == ReadMethod.LISTING;
  }

  /**
   * A failed archive leaves the subreddit to the listing, read then if it was not read first; with
   * {@code archive} chosen, the failure ends the fetch.
   */
  public boolean listingIfArchiveFails() {
    return !dumps && choice == RedditSourceChoice.auto;
  }

  public Reason reason() {
    if (dumps) {
      return Reason.DUMPS_GIVEN;
    }
    if (choice != RedditSourceChoice.auto) {
      return Reason.CHOSEN;
    }
    return window == TopWindow.ALL
        ? Reason.MONTH_BEYOND_THE_LISTING
        : Reason.LISTING_MAY_COVER_THE_MONTH;
  }
}
