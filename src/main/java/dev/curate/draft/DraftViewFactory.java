package dev.curate.draft;

import dev.curate.draft.DraftView.Link;
import dev.curate.draft.DraftView.RepoEntry;
import dev.curate.draft.DraftView.ThreadEntry;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.enrich.Excerpt;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceCoverage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Builds the template's view of a shortlist: the facts formatted the way the article shows them. */
final class DraftViewFactory {
  private static final String GITHUB = "https://github.com/";
  // GitHub's social preview card; the leading path segment is a cache key, any value works.
  private static final String SOCIAL_PREVIEW = "https://opengraph.githubassets.com/1/";

  private DraftViewFactory() {}

  static DraftView of(Shortlist shortlist) {
    return of(shortlist, List.of());
  }

  static DraftView of(Shortlist shortlist, List<SourceCoverage> coverage) {
    var month = shortlist.month().value();
    String monthName = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    return new DraftView(
        monthName,
        shortlist.repos().stream().map(DraftViewFactory::repo).toList(),
        shortlist.threads().stream().map(DraftViewFactory::thread).toList(),
        coverage.stream().map(DraftViewFactory::coverageLine).toList());
  }

  /** e.g. {@code r/MachineLearning: 388 posts via listing, incomplete (stopped after 10 pages)}. */
  static String coverageLine(SourceCoverage c) {
    String name = c.isReddit() ? "r/" + c.source().substring("reddit:".length()) : c.source();
    String items = count(c.items(), c.isReddit() ? "post" : "repository").replace("repositorys", "repositories");
    String state = c.complete() ? "complete" : "incomplete";
    String notes = c.notes().isEmpty() ? "" : " (" + String.join("; ", c.notes()) + ")";
    return HtmlComment.safe(name + ": " + items + " via " + c.method() + ", " + state + ", fetched "
        + date(c.fetchedAt()) + notes);
  }

  private static RepoEntry repo(RankedRepo ranked) {
    Repo r = ranked.repo();
    String fullName = UntrustedText.singleLine(r.fullName());
    return new RepoEntry(
        ranked.rank(),
        fullName,
        LinkDestination.of(GITHUB + fullName).orElse(GITHUB),
        LinkDestination.of(SOCIAL_PREVIEW + fullName).orElse(SOCIAL_PREVIEW),
        UntrustedText.singleLineOrNull(r.description()),
        count(r.stars(), "star"),
        count(r.forks(), "fork"),
        UntrustedText.singleLineOrNull(r.language()),
        UntrustedText.singleLineOrNull(r.license()),
        date(r.createdAt()),
        link(r.homepage()));
  }

  private static ThreadEntry thread(RankedThread ranked) {
    RedditThread t = ranked.thread();
    String excerpt = t.isSelf() ? Excerpt.of(t.selftext()) : "";
    return new ThreadEntry(
        ranked.rank(),
        UntrustedText.singleLine(t.title()),
        LinkDestination.of(t.permalink()).orElse(null),
        UntrustedText.singleLine(t.subreddit()),
        count(t.comments(), "comment"),
        count(t.score(), "upvote"),
        date(t.createdAt()),
        UntrustedText.singleLineOrNull(t.flair()),
        t.isSelf(),
        excerpt.isEmpty() ? null : excerpt,
        t.isSelf() ? null : link(t.url()));
  }

  private static Link link(String url) {
    String text = UntrustedText.singleLineOrNull(url);
    return text == null ? null : new Link(text, LinkDestination.of(text).orElse(null));
  }

  static String count(long n, String noun) {
    return String.format(Locale.US, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  static String date(Instant instant) {
    return instant == null ? "unknown date" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atOffset(ZoneOffset.UTC));
  }
}
