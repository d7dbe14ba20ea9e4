package dev.curate.draft;

import dev.curate.draft.DraftView.ArchiveEntry;
import dev.curate.draft.DraftView.Discussion;
import dev.curate.draft.DraftView.Link;
import dev.curate.draft.DraftView.Quote;
import dev.curate.draft.DraftView.RepoEntry;
import dev.curate.draft.DraftView.RepoReference;
import dev.curate.draft.DraftView.Resource;
import dev.curate.draft.DraftView.ThreadEntry;
import dev.curate.enrich.CommentExcerpt;
import dev.curate.enrich.CrossReference;
import dev.curate.enrich.CrossReferences;
import dev.curate.enrich.Excerpt;
import dev.curate.enrich.Paper;
import dev.curate.enrich.PaperLinks;
import dev.curate.enrich.ProjectLink;
import dev.curate.enrich.RepoEnrichment;
import dev.curate.enrich.ThreadEnrichment;
import dev.curate.model.CalendarMonth;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceCoverage;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the template's view of a draft's input: the facts formatted the way the article shows
 * them.
 */
final class DraftViewFactory {
  private static final String GITHUB = "https://github.com/";
  // GitHub's social preview card; the leading path segment is a cache key, any value works.
  private static final String SOCIAL_PREVIEW = "https://opengraph.githubassets.com/1/";

  /**
   * About two sentences: enough for the editor to start from, short enough not to be pasted whole.
   */
  static final int README_LIMIT = 400;

  private static final Set<String> GENERIC_LINK_TEXT =
      Set.of(
          "website",
          "web site",
          "homepage",
          "home page",
          "demo",
          "live demo",
          "docs",
          "documentation",
          "project page",
          "project website",
          "here",
          "link",
          "this");

  private final DraftInput input;
  private final DraftText text;
  private final Map<String, RepoEnrichment> repoEnrichment;
  private final Map<String, ThreadEnrichment> threadEnrichment;
  private final Map<String, String> notes;
  private final Map<String, List<String>> flags;
  private final Map<String, String> labels;
  private final CrossReferences crossReferences;
  private final DraftCharts charts;

  private DraftViewFactory(DraftInput input) {
    this.input = input;
    this.text = DraftText.of(input.language());
    this.repoEnrichment = byName(input.repoEnrichment());
    this.threadEnrichment = input.threadEnrichment();
    this.notes = byName(input.notes());
    this.flags = byName(input.flags());
    this.labels = byName(input.labels());
    Map<String, List<Paper>> papers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    input
        .shortlist()
        .repos()
        .forEach(r -> papers.put(r.repo().fullName(), enrichment(r.repo()).papers()));
    this.crossReferences = CrossReferences.find(input.shortlist(), input.otherThreads(), papers);
    this.charts = DraftCharts.of(input, text);
  }

  static DraftView of(Shortlist shortlist) {
    return of(DraftInput.of(shortlist));
  }

  static DraftView of(Shortlist shortlist, List<SourceCoverage> coverage) {
    return of(DraftInput.of(shortlist).withCoverage(coverage));
  }

  static DraftView of(DraftInput input) {
    return new DraftViewFactory(input).view();
  }

  /** The view and the charts it links, from one reading of the input. */
  static Rendering rendering(DraftInput input) {
    DraftViewFactory factory = new DraftViewFactory(input);
    return new Rendering(factory.view(), factory.charts.files());
  }

  record Rendering(DraftView view, List<DraftChart> charts) {}

  private DraftView view() {
    Shortlist shortlist = input.shortlist();
    var month = shortlist.month().value();
    // "5 best repositories and discussions" (the Chinese title says it) is only true when both
    // sections have as many; otherwise the title names no number rather than a wrong one.
    int count =
        shortlist.repos().size() == shortlist.threads().size() ? shortlist.repos().size() : 0;
    return new DraftView(
        text.month(month),
        text.title(month, count),
        text.asMap(),
        archive(),
        shortlist.repos().stream().map(this::repo).toList(),
        shortlist.threads().stream().map(this::thread).toList(),
        input.coverage().stream().map(DraftViewFactory::coverageLine).toList());
  }

  /** The issues before this one, oldest first, one per month. */
  private List<ArchiveEntry> archive() {
    CalendarMonth current = input.shortlist().month();
    Map<CalendarMonth, String> byMonth = new TreeMap<>();
    input.archive().stream()
        .filter(issue -> issue.month().compareTo(current) < 0)
        .forEach(issue -> byMonth.putIfAbsent(issue.month(), issue.url()));
    List<ArchiveEntry> entries = new ArrayList<>();
    byMonth.forEach(
        (month, url) ->
            entries.add(
                new ArchiveEntry(text.month(month.value()), LinkDestination.of(url).orElse(null))));
    return entries;
  }

  /**
   * e.g. {@code r/MachineLearning: 388 posts via top listing, incomplete (stopped after 10 pages)},
   * or {@code r/MachineLearning: 1,204 posts from the archive (the archive counts 1,210),
   * incomplete}.
   */
  static String coverageLine(SourceCoverage c) {
    String counts = CoverageWords.countsNote(c.items(), c.read(), c.expectedItems());
    String state = c.complete() ? "complete" : "incomplete";
    String notes = c.notes().isEmpty() ? "" : " (" + String.join("; ", c.notes()) + ")";
    return HtmlComment.safe(
        CoverageWords.name(c.source())
            + ": "
            + CoverageWords.items(c.source(), c.items())
            + " "
            + CoverageWords.howRead(c.method())
            + CoverageWords.events(c.events())
            + counts
            + ", "
            + state
            + ", fetched "
            + date(c.fetchedAt())
            + notes);
  }

  private RepoEntry repo(RankedRepo ranked) {
    Repo r = ranked.repo();
    String fullName = UntrustedText.singleLine(r.fullName());
    RepoEnrichment extra = enrichment(r);
    String description = UntrustedText.singleLineOrNull(r.description());
    Link homepage = link(r.homepage(), false);
    return new RepoEntry(
        ranked.rank(),
        fullName,
        LinkDestination.of(GITHUB + fullName).orElse(GITHUB),
        LinkDestination.of(extra.socialImageUrl())
            .or(() -> LinkDestination.of(SOCIAL_PREVIEW + fullName))
            .orElse(SOCIAL_PREVIEW),
        description,
        text.count("stars", r.stars()),
        starsGained(ranked.starGain()),
        charts.linkFor(r.fullName()),
        text.count("forks", r.forks()),
        UntrustedText.singleLineOrNull(r.language()),
        license(r.license()),
        date(r.createdAt()),
        homepage,
        commentSafe(labels.get(r.fullName())),
        flags.getOrDefault(r.fullName(), List.of()).stream().map(HtmlComment::safe).toList(),
        readme(extra.readmeParagraph(), description),
        resources(extra, homepage),
        crossReferences.forRepo(r.fullName()).stream()
            .map(this::discussion)
            .flatMap(Optional::stream)
            .toList(),
        commentSafe(notes.get(r.fullName())));
  }

  /**
   * GitHub's "no assertion" license said in words: its name, "Other", would read as a license
   * called Other. Workspaces fetched before curate kept the SPDX term stored the name instead.
   */
  private String license(String license) {
    if (Repo.UNRECOGNISED_LICENSE.equals(license) || "Other".equals(license)) {
      return text.get("licenseUnrecognised");
    }
    return UntrustedText.singleLineOrNull(license);
  }

  private String starsGained(StarGain gain) {
    if (!gain.known()) {
      return null;
    }
    String figure =
        text.count(
            "starsGained",
            gain.stars(),
            Map.of("month", text.month(input.shortlist().month().value())));
    // Snapshots give the stars between two fetches around the month, not the month's own days.
    return gain.method() == StarGainMethod.SNAPSHOTS ? "≈ " + figure : figure;
  }

  private ThreadEntry thread(RankedThread ranked) {
    RedditThread t = ranked.thread();
    String excerpt = t.isSelf() ? Excerpt.of(t.selftext()) : "";
    ThreadEnrichment extra = threadEnrichment.get(t.id());
    // An image, video or gallery on Reddit is the post itself, which the heading already links.
    Optional<RedditMedia> media = t.isSelf() ? Optional.empty() : RedditMedia.of(t.url());
    return new ThreadEntry(
        ranked.rank(),
        UntrustedText.title(t.title()),
        LinkDestination.of(t.link()).orElse(null),
        UntrustedText.singleLine(t.subreddit()),
        text.countOrUnknown("comments", t.comments()),
        text.countOrUnknown("upvotes", t.score()),
        date(t.createdAt()),
        UntrustedText.singleLineOrNull(t.flair()),
        t.isSelf(),
        excerpt.isEmpty() ? null : excerpt,
        t.isSelf() || media.isPresent() ? null : link(t.url(), extra != null),
        media.map(m -> text.get(m.textKey())).orElse(null),
        commentSafe(labels.get(t.id())),
        flags.getOrDefault(t.id(), List.of()).stream().map(HtmlComment::safe).toList(),
        papers(PaperLinks.in(CrossReferences.textOf(t))),
        crossReferences.forThread(t.id()).stream().map(this::repoReference).toList(),
        extra == null ? List.of() : extra.comments().stream().map(this::quote).toList(),
        commentSafe(notes.get(t.id())));
  }

  private RepoEnrichment enrichment(Repo repo) {
    RepoEnrichment given = repoEnrichment.get(repo.fullName());
    return given != null ? given : RepoEnrichment.fromDescription(repo);
  }

  private static String readme(String paragraph, String description) {
    String clean = UntrustedText.singleLineOrNull(paragraph);
    if (clean == null || clean.equalsIgnoreCase(description)) {
      return null;
    }
    return Excerpt.cut(clean, README_LIMIT);
  }

  /**
   * Papers first, as the seed lists them, then the README's links, minus the homepage shown above.
   */
  private List<Resource> resources(RepoEnrichment extra, Link homepage) {
    List<Resource> resources = new ArrayList<>(papers(extra.papers()));
    String shown =
        homepage == null || homepage.destination() == null
            ? ""
            : sameUrlKey(homepage.destination());
    for (ProjectLink l : extra.links()) {
      Optional<String> url = LinkDestination.of(l.url());
      String label = UntrustedText.singleLine(l.text());
      if (url.isPresent() && !sameUrlKey(url.get()).equals(shown)) {
        resources.add(
            new Resource(
                text.get(kindKey(l.kind())),
                saysSomething(label) ? label : shortUrl(url.get()),
                url.get()));
      }
    }
    return resources;
  }

  /** "Website", "here" or a bare URL say less than where the link goes. */
  private static boolean saysSomething(String linkText) {
    String t = linkText.toLowerCase(Locale.ROOT);
    return !t.isEmpty()
        && !GENERIC_LINK_TEXT.contains(t)
        && !t.startsWith("http://")
        && !t.startsWith("https://");
  }

  /** {@code https://nv-adlr.github.io/WaveGlow/} → {@code nv-adlr.github.io/WaveGlow}. */
  static String shortUrl(String destination) {
    String s = destination.replaceFirst("(?i)^https?://(www\\.)?", "");
    int query = s.indexOf('?');
    s = query < 0 ? s : s.substring(0, query);
    return s.replaceFirst("/+$", "");
  }

  private List<Resource> papers(List<Paper> papers) {
    return papers.stream()
        .flatMap(
            p ->
                LinkDestination.of(p.url())
                    .map(url -> new Resource(text.get("paper"), p.label(), url))
                    .stream())
        .toList();
  }

  private static String kindKey(ProjectLink.Kind kind) {
    return switch (kind) {
      case DEMO -> "demo";
      case PROJECT_PAGE -> "projectPage";
      case WEBSITE -> "website";
      case DOCS -> "docs";
    };
  }

  /** A thread on the shortlist, or one of the month's others with its comment count. */
  private Optional<Discussion> discussion(CrossReference ref) {
    Optional<RedditThread> onList =
        input.shortlist().threads().stream()
            .map(RankedThread::thread)
            .filter(t -> t.id().equals(ref.threadId()))
            .findFirst();
    if (onList.isPresent()) {
      return onList.map(t -> discussion(t, reason(ref)));
    }
    return input.otherThreads().stream()
        .filter(t -> t.id().equals(ref.threadId()))
        .findFirst()
        .map(
            t -> {
              String comments = text.countOrUnknown("comments", t.comments());
              String why = reason(ref);
              return discussion(t, why == null ? comments : why + "; " + comments);
            });
  }

  private Discussion discussion(RedditThread t, String reason) {
    return new Discussion(
        text.format("discussedOn", Map.of("subreddit", UntrustedText.singleLine(t.subreddit()))),
        UntrustedText.title(t.title()),
        LinkDestination.of(t.link()).orElse(null),
        reason);
  }

  private RepoReference repoReference(CrossReference ref) {
    String fullName = UntrustedText.singleLine(ref.repo());
    return new RepoReference(
        fullName, LinkDestination.of(GITHUB + fullName).orElse(GITHUB), reason(ref));
  }

  private String reason(CrossReference ref) {
    return ref.paper() == null
        ? null
        : text.format("samePaper", Map.of("paper", ref.paper().label()));
  }

  private Quote quote(CommentExcerpt c) {
    String points = text.countOrUnknown("points", c.score());
    String author = UntrustedText.singleLineOrNull(c.author());
    return new Quote(
        UntrustedText.singleLine(c.text()),
        author == null ? points : "u/" + author + ", " + points);
  }

  private static Link link(String url, boolean withDomain) {
    String shown = UntrustedText.singleLineOrNull(url);
    if (shown == null) {
      return null;
    }
    Optional<String> destination = LinkDestination.of(shown);
    return new Link(
        shown,
        destination.orElse(null),
        withDomain ? destination.map(DraftViewFactory::domain).orElse(null) : null);
  }

  /** The host without {@code www.}: what a reader recognises (blog.openai.com, arxiv.org). */
  static String domain(String destination) {
    try {
      String host = URI.create(destination).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null; // percent-encoding leaves some IDN or odd URLs unparseable; then no domain
    }
  }

  private static String sameUrlKey(String url) {
    return url.toLowerCase(Locale.ROOT)
        .replaceFirst("^https?://(www\\.)?", "")
        .replaceFirst("/+$", "");
  }

  private static String commentSafe(String text) {
    String safe = text == null ? null : HtmlComment.safe(text);
    return safe == null || safe.isEmpty() ? null : safe;
  }

  private static <V> Map<String, V> byName(Map<String, V> map) {
    Map<String, V> result = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    result.putAll(map);
    return result;
  }

  static String date(Instant instant) {
    return instant == null
        ? "unknown date"
        : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atOffset(ZoneOffset.UTC));
  }
}
