package dev.curate.plan;

import java.util.Objects;

/**
 * Why a request is planned, as data: the printer of plans ({@code cli.FetchPlanText}) words it, so
 * that no English lives with the sources' plans.
 *
 * @param subject what the request is about (a search query, a subreddit), or empty
 */
public record Purpose(Kind kind, String subject) {
  /** What a request is for. A new source adds its own kinds, and their words to the printer. */
  public enum Kind {
    /** A search of the month: its first page, then GitHub's next pages. */
    SEARCH,
    /** The same search over parts of the month, when the month holds more than GitHub returns. */
    SEARCH_PARTS,
    /** A search of repositories pushed since the month began. */
    TRENDING,
    /** Stars gained in the month, repeated for each repository measured. */
    STAR_GAINS,
    STAR_HISTORY,
    /** The stargazer list, where the star history gives no figure. */
    STARGAZERS,
    README,
    /** An OAuth token for the requests after it. */
    TOKEN,
    LISTING,
    /** The month's first page of posts from an archive. */
    ARCHIVE_POSTS,
    /** The archive's next pages, as many as the month has posts. */
    ARCHIVE_MORE_POSTS,
    /** The archive's own count of the month's posts. */
    ARCHIVE_COUNT,
    /** Current figures of threads read from an archive or a dump. */
    REFRESH,
    /** The last star event an events table holds, asked before the month is trusted. */
    EVENTS_FRESHNESS,
    /** The month's star events per repository, with the three months before. */
    EVENTS_MONTH,
    /** The month's stargazers of a few candidates, and those who starred nothing else. */
    EVENTS_STARGAZERS,
    /** A repository by the name the events gave it. */
    LOOKUP
  }

  public Purpose {
    Objects.requireNonNull(kind, "kind");
    subject = subject == null ? "" : subject;
  }

  public static Purpose of(Kind kind) {
    return new Purpose(kind, "");
  }

  public static Purpose of(Kind kind, String subject) {
    return new Purpose(kind, subject);
  }
}
