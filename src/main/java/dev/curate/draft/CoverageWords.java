package dev.curate.draft;

import dev.curate.model.EventsCoverage;
import dev.curate.model.LoneStargazersCoverage;
import dev.curate.model.ReadMethod;
import dev.curate.model.SourceId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a source and its read of a month are said in English. Fetch's summary on stderr and the
 * draft's note for the editor say the same things, so they take the words from here: the draft is
 * the lowest layer that writes text for people, and the CLI may use it.
 */
public final class CoverageWords {
  private static final DateTimeFormatter EVENT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private CoverageWords() {}

  /** {@code github}, or {@code r/MachineLearning}. */
  public static String name(SourceId source) {
    return source instanceof SourceId.Subreddit subreddit ? "r/" + subreddit.name() : source.key();
  }

  /** e.g. {@code 1,204 posts} or {@code 1 repository}: what the source keeps, counted. */
  public static String items(SourceId source, int count) {
    boolean one = count == 1;
    String noun =
        source instanceof SourceId.Subreddit
            ? (one ? "post" : "posts")
            : (one ? "repository" : "repositories");
    return String.format(Locale.ROOT, "%,d %s", count, noun);
  }

  /** e.g. {@code via top listing}, {@code from the archive}. */
  public static String howRead(ReadMethod method) {
    return switch (method) {
      case SEARCH -> "via search";
      case EVENTS -> "via events";
      case SEARCH_AND_EVENTS -> "via search+events";
      case LISTING -> "via top listing";
      case ARCHIVE -> "from the archive";
      case DUMP -> "from the dump";
    };
  }

  /**
   * What GH Archive's events gave, e.g. {@code " (GH Archive via ClickHouse at play.clickhouse.com,
   * last event 2026-11-27 23:00:04 UTC, 1,000 counted, 300 looked up, 41 kept as ML, 3 renamed, 5
   * gone)"}, or "" when the month was not read through them.
   */
  public static String events(EventsCoverage e) {
    if (e == null) {
      return "";
    }
    String where =
        switch (e.engine()) {
          case CLICKHOUSE -> "GH Archive via ClickHouse at " + e.endpoint();
          case GHARCHIVE ->
              "GH Archive via local hour files in "
                  + e.endpoint()
                  + (e.missingHours() == null || e.missingHours() == 0
                      ? ", none missing"
                      : String.format(
                          Locale.ROOT,
                          " with %,d %s missing",
                          e.missingHours(),
                          e.missingHours() == 1 ? "hour" : "hours"));
        };
    String last =
        e.lastEventAt() == null
            ? ", no star event"
            : ", last event " + EVENT_TIME.format(e.lastEventAt());
    String counts =
        String.format(
            Locale.ROOT,
            ", %,d counted, %,d looked up, %,d kept as ML, %,d renamed, %,d gone",
            e.counted(),
            e.lookedUp(),
            e.keptAsMl(),
            e.renamed(),
            e.gone());
    return " ("
        + where
        + last
        + counts
        + loneStargazers(e.loneStargazers(), e.engine())
        + (e.lowerBound() ? "; counts are lower bounds" : "")
        + ")";
  }

  /**
   * e.g. {@code ", lone stargazers counted for 7 of 9 candidates asked"}, {@code ", lone
   * stargazers: not available from hour files"}; "" for a fetch that does not say. ClickHouse can
   * tell them, so from it {@code unavailable} means {@code ask: 0} turned the query off.
   */
  static String loneStargazers(LoneStargazersCoverage lone, EventsCoverage.Engine engine) {
    if (lone == null) {
      return "";
    }
    return switch (lone.status()) {
      case COUNTED ->
          lone.asked() == 0
              ? ", lone stargazers: none asked"
              : String.format(
                  Locale.ROOT,
                  ", lone stargazers counted for %,d of %,d candidates asked",
                  lone.counted(),
                  lone.asked());
      case UNAVAILABLE ->
          engine == EventsCoverage.Engine.CLICKHOUSE
              ? ", lone stargazers: not asked, starBurst.loneStargazers.ask is 0"
              : ", lone stargazers: not available from hour files";
      case UNSOUND -> ", lone stargazers: not counted, the month's star events are not sound";
      case FAILED ->
          String.format(
              Locale.ROOT,
              ", lone stargazers: not counted, the query for %,d failed",
              lone.asked());
    };
  }

  /**
   * What explains a count below the archive's, e.g. {@code " (8 read; the archive counts 8)"}, or
   * "" when there is nothing to say.
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
}
