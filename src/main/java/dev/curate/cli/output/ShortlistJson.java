package dev.curate.cli.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.curate.model.EventsCoverage;
import dev.curate.model.LoneStargazersCoverage;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.Shortlist;
import dev.curate.model.SourceCoverage;
import dev.curate.model.SourceId;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shortlist as {@code rank --json} prints it: one JSON object on one line ({@link JsonOutput}:
 * {@code schemaVersion} first), fields in a fixed order, absent values as {@code null} (never left
 * out, so that scripts can rely on every key). The shape is a contract with users' scripts;
 * ShortlistJsonTest pins every field, type and place. Every string leaves without invisible
 * characters, whole otherwise ({@link JsonOutput}).
 *
 * <ul>
 *   <li>{@code score} is ours, rounded to 4 decimals; {@code upvotes} is Reddit's score.
 *   <li>A thread's {@code comments}, {@code upvotes} and {@code upvoteRatio} are null when the
 *       answer left them out: Reddit's listings before about 2020 and the dumps of those years have
 *       no {@code upvote_ratio}, and unknown must not read as 0.
 *   <li>{@code url} is where the item lives (the repository; the thread's address built from its
 *       subreddit and id, never a permalink taken from the answer); {@code linkUrl} is where a link
 *       post points, and null for a self post.
 *   <li>Instants are ISO-8601 in UTC with {@code Z}.
 *   <li>{@code area} (repositories) and {@code kind} (threads) are slugs; {@code starsGained} is
 *       the stars gained inside the month (null when unknown) and {@code starsGainedMethod} how it
 *       was measured ({@code history}, {@code stargazers}, {@code events}, {@code snapshots}, or
 *       null); {@code breakout} is the month's stars against the three months before (rank's
 *       breakout signal, rounded to 4 decimals), null when unknown (the months before were not
 *       counted: every month read without GH Archive's events).
 *   <li>{@code picked} and {@code note} are the editor's; {@code flags} are the codes of the
 *       warnings for the editor, such as {@code star-burst} (what each rests on is {@code
 *       --explain}'s).
 *   <li>{@code coverage} says, per source ({@code github}, {@code reddit:<name>}), how the month
 *       was read ({@code search}, {@code events}, {@code search+events}, {@code listing}, {@code
 *       archive}, {@code dump}), whether the source saw all of it, the archive's own post count
 *       where it has one, and for GitHub what GH Archive's star events gave ({@code events}, null
 *       when the month was not read through them).
 * </ul>
 */
public final class ShortlistJson {
  private static final String GITHUB = "https://github.com/";

  private final JsonOutput json = new JsonOutput();

  /** Writes the object and a newline to {@code out}, and flushes; {@code out} stays open. */
  public void write(Shortlist shortlist, Writer out) throws IOException {
    write(shortlist, List.of(), out);
  }

  /** As {@link #write(Shortlist, Writer)}, with what each source covered of the month. */
  public void write(Shortlist shortlist, List<SourceCoverage> coverage, Writer out)
      throws IOException {
    json.write(document(shortlist, coverage), out);
  }

  /** The object as a string, without the trailing newline. */
  public String toJson(Shortlist shortlist) {
    return json.toJson(document(shortlist, List.of()));
  }

  private static ShortlistDoc document(Shortlist s, List<SourceCoverage> coverage) {
    return new ShortlistDoc(
        s.month().toString(),
        s.repos().stream().map(ShortlistJson::repo).toList(),
        s.threads().stream().map(ShortlistJson::thread).toList(),
        coverage(coverage));
  }

  /** {@code coverage}: per source key, in the order the sources were first fetched. */
  static Map<String, CoverageDoc> coverage(List<SourceCoverage> coverage) {
    Map<String, CoverageDoc> bySource = new LinkedHashMap<>();
    for (SourceCoverage c : coverage) {
      boolean posts = c.source() instanceof SourceId.Subreddit;
      bySource.put(
          c.source().key(),
          new CoverageDoc(
              c.method().slug(),
              posts ? null : c.items(),
              posts ? c.items() : null,
              c.read(),
              c.expectedItems(),
              c.complete(),
              instant(c.fetchedAt()),
              c.notes(),
              posts ? EventsDoc.NOT_APPLICABLE : events(c.events())));
    }
    return bySource;
  }

  private static EventsDoc events(EventsCoverage e) {
    return e == null
        ? null
        : new EventsDoc(
            e.engine().slug(),
            e.endpoint(),
            instant(e.lastEventAt()),
            e.counted(),
            e.lookedUp(),
            e.keptAsMl(),
            e.renamed(),
            e.gone(),
            e.missingHours(),
            e.lowerBound(),
            loneStargazers(e.loneStargazers()));
  }

  private static LoneStargazersDoc loneStargazers(LoneStargazersCoverage lone) {
    return lone == null
        ? null
        : new LoneStargazersDoc(lone.status().slug(), lone.asked(), lone.counted());
  }

  /** {@code rank} is null for a candidate that is not on the shortlist ({@code candidates}). */
  static RepoDoc repo(RankedRepo ranked) {
    Repo r = ranked.repo();
    return new RepoDoc(
        rank(ranked.rank()),
        r.fullName(),
        GITHUB + r.fullName(),
        r.stars(),
        r.forks(),
        r.openIssues(),
        r.language(),
        r.license(),
        r.homepage(),
        r.description(),
        r.topics(),
        instant(r.createdAt()),
        round(ranked.score()),
        ranked.area(),
        ranked.starGain().stars(),
        ranked.starGain().known() ? ranked.starGain().method().slug() : null,
        ranked.breakout() == null ? null : round(ranked.breakout()),
        ranked.picked(),
        ranked.note(),
        ranked.flagCodes());
  }

  static ThreadDoc thread(RankedThread ranked) {
    RedditThread t = ranked.thread();
    return new ThreadDoc(
        rank(ranked.rank()),
        t.id(),
        t.subreddit(),
        t.title(),
        t.link(),
        t.comments(),
        t.score(),
        t.upvoteRatio(),
        t.flair(),
        t.author(),
        t.isSelf() ? null : t.url(),
        instant(t.createdAt()),
        round(ranked.score()),
        ranked.kind(),
        ranked.picked(),
        ranked.note(),
        ranked.flagCodes());
  }

  private static Integer rank(int rank) {
    return rank > 0 ? rank : null;
  }

  /** Half-up on the decimal value, so 0.80005 prints as 0.8001 and not as 0.8. */
  static double round(double score) {
    return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }

  static String instant(Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  @JsonPropertyOrder({"month", "repos", "threads", "coverage"})
  record ShortlistDoc(
      String month,
      List<RepoDoc> repos,
      List<ThreadDoc> threads,
      Map<String, CoverageDoc> coverage) {}

  /**
   * Per source: {@code repos} for GitHub, {@code posts} for a subreddit; the other is left out.
   * {@code source} is how the month was read: {@code search}, {@code listing}, {@code archive} or
   * {@code dump}; {@code read} the posts read to find the month's (other months of a listing, posts
   * deleted since they were archived); {@code expectedPosts} is the archive's own count of the
   * month's posts, left out when the archive publishes none.
   */
  @JsonPropertyOrder({
    "source",
    "repos",
    "posts",
    "read",
    "expectedPosts",
    "complete",
    "fetchedAt",
    "notes",
    "events"
  })
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CoverageDoc(
      String source,
      Integer repos,
      Integer posts,
      Integer read,
      Integer expectedPosts,
      boolean complete,
      String fetchedAt,
      List<String> notes,
      @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EventsDoc.NotApplicable.class)
          EventsDoc events) {}

  /**
   * GitHub's {@code events}: what GH Archive's star events gave the month ({@link EventsCoverage});
   * null when the month was not read through them. Every key is present, a missing figure null
   * ({@code missingHours} for ClickHouse, whose table cannot say which hours it lacks). A
   * subreddit's coverage has no {@code events} key at all.
   */
  @JsonPropertyOrder({
    "engine",
    "endpoint",
    "lastEventAt",
    "counted",
    "lookedUp",
    "keptAsMl",
    "renamed",
    "gone",
    "missingHours",
    "lowerBound",
    "loneStargazers"
  })
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record EventsDoc(
      String engine,
      String endpoint,
      String lastEventAt,
      int counted,
      int lookedUp,
      int keptAsMl,
      int renamed,
      int gone,
      Integer missingHours,
      boolean lowerBound,
      LoneStargazersDoc loneStargazers) {
    /** The value that leaves the key out: a subreddit's. GitHub's null is written as null. */
    static final EventsDoc NOT_APPLICABLE =
        new EventsDoc(null, null, null, 0, 0, 0, 0, 0, null, false, null);

    /**
     * Jackson's filter for {@code events}: suppresses {@link #NOT_APPLICABLE} only, by identity.
     */
    static final class NotApplicable {
      @Override
      public boolean equals(Object value) {
        return value == NOT_APPLICABLE;
      }

      @Override
      public int hashCode() {
        return 0;
      }
    }
  }

  /**
   * {@code events.loneStargazers}: whether the fetch counted the month's lone stargazers ({@link
   * LoneStargazersCoverage}): {@code status} {@code counted} ({@code counted} of the {@code asked}
   * candidates have a count), {@code unavailable} (hour files cannot tell them, or {@code
   * starBurst.loneStargazers.ask} is 0) or {@code failed} (the query failed under {@code auto}; a
   * note says why) or {@code unsound} (a month outside {@code github.events.soundFrom..soundTo}:
   * not asked). Null for a fetch made before curate asked them.
   */
  @JsonPropertyOrder({"status", "asked", "counted"})
  record LoneStargazersDoc(String status, int asked, int counted) {}

  @JsonPropertyOrder({
    "rank",
    "fullName",
    "url",
    "stars",
    "forks",
    "openIssues",
    "language",
    "license",
    "homepage",
    "description",
    "topics",
    "createdAt",
    "score",
    "area",
    "starsGained",
    "starsGainedMethod",
    "breakout",
    "picked",
    "note",
    "flags"
  })
  record RepoDoc(
      Integer rank,
      String fullName,
      String url,
      int stars,
      int forks,
      int openIssues,
      String language,
      String license,
      String homepage,
      String description,
      List<String> topics,
      String createdAt,
      double score,
      String area,
      Integer starsGained,
      String starsGainedMethod,
      Double breakout,
      boolean picked,
      String note,
      List<String> flags) {}

  @JsonPropertyOrder({
    "rank",
    "id",
    "subreddit",
    "title",
    "url",
    "comments",
    "upvotes",
    "upvoteRatio",
    "flair",
    "author",
    "linkUrl",
    "createdAt",
    "score",
    "kind",
    "picked",
    "note",
    "flags"
  })
  record ThreadDoc(
      Integer rank,
      String id,
      String subreddit,
      String title,
      String url,
      Integer comments,
      Integer upvotes,
      Double upvoteRatio,
      String flair,
      String author,
      String linkUrl,
      String createdAt,
      double score,
      String kind,
      boolean picked,
      String note,
      List<String> flags) {}
}
