package dev.curate.workflow;

import dev.curate.model.FlagText;
import dev.curate.model.RankedRepo;
import dev.curate.model.RankedThread;
import dev.curate.model.Shortlist;
import dev.curate.model.ThreadFigures;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ranking and the editor marked on a shortlist's entries, keyed as the draft names items.
 */
final class EditorMarks {
  private static final String NOT_REFRESHED = "not-refreshed";
  private static final String STAR_BURST = "star-burst";

  /** What a flag means, said to the editor in the draft. */
  private static final Map<String, String> FLAG_TEXT =
      Map.of(
          STAR_BURST,
          "star-burst: most of the month's stars came on one or two days, with few forks or"
              + " issues; check they are real before featuring it; the explanation of rank has the figures",
          NOT_REFRESHED,
          "not-refreshed: Reddit gave no current figures for this thread; the comments and upvotes"
              + " shown are the archive's, not current");

  private EditorMarks() {}

  static Map<String, String> notes(Shortlist s) {
    Map<String, String> notes = new HashMap<>();
    s.repos().stream()
        .filter(r -> r.note() != null)
        .forEach(r -> notes.put(r.repo().fullName(), r.note()));
    s.threads().stream()
        .filter(t -> t.note() != null)
        .forEach(t -> notes.put(t.thread().id(), t.note()));
    return notes;
  }

  static Map<String, List<String>> flags(Shortlist s) {
    return flags(s, Map.of());
  }

  /**
   * As {@link #flags(Shortlist)}, saying for a not-refreshed thread why and as of when, from its
   * figures.
   */
  static Map<String, List<String>> flags(Shortlist s, Map<String, ThreadFigures> figures) {
    Map<String, List<String>> flags = new HashMap<>();
    for (RankedRepo r : s.repos()) {
      if (!r.flags().isEmpty()) {
        flags.put(r.repo().fullName(), described(r.flags()));
      }
    }
    for (RankedThread t : s.threads()) {
      if (!t.flags().isEmpty()) {
        ThreadFigures f = figures.get(t.thread().id());
        flags.put(
            t.thread().id(),
            t.flags().stream()
                .map(
                    flag ->
                        NOT_REFRESHED.equals(FlagText.code(flag)) && f != null
                            ? notRefreshed(f)
                            : described(flag))
                .toList());
      }
    }
    return flags;
  }

  /**
   * e.g. "not-refreshed: Reddit no longer serves this thread (asked 2026-11-28); the comments and
   * upvotes shown are the archive's of 2018-11-08, not current; check that the thread is still up
   * before featuring it".
   */
  private static String notRefreshed(ThreadFigures f) {
    String why =
        f.unserved()
            ? "Reddit no longer serves this thread (asked " + date(f.unservedAt()) + ")"
            : "Reddit gave no current figures for this thread (not asked, or not reachable, at the fetch)";
    return NOT_REFRESHED
        + ": "
        + why
        + "; the comments and upvotes shown are the archive's"
        + (f.archivedAt() == null ? "" : " of " + date(f.archivedAt()))
        + ", not current; "
        + (f.unserved()
            ? "check that the thread is still up before featuring it"
            : "fetch again to refresh them");
  }

  private static String date(Instant at) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(at.atOffset(ZoneOffset.UTC));
  }

  static Map<String, String> labels(Shortlist s) {
    Map<String, String> labels = new HashMap<>();
    s.repos().stream()
        .filter(r -> r.area() != null)
        .forEach(r -> labels.put(r.repo().fullName(), r.area()));
    s.threads().stream()
        .filter(t -> t.kind() != null)
        .forEach(t -> labels.put(t.thread().id(), t.kind()));
    return labels;
  }

  private static List<String> described(List<String> flags) {
    return flags.stream().map(EditorMarks::described).toList();
  }

  /**
   * A star-burst with what the ranking found ("star-burst: 4,200 stars, 6 forks, 92% of the month's
   * stars in 2 days; ...; the stars may be bought: ..."); a flag saved without its details (an
   * older curate's shortlist), what the flag means.
   */
  private static String described(String flag) {
    String code = FlagText.code(flag);
    if (STAR_BURST.equals(code)) {
      return FlagText.details(flag)
          .map(
              details ->
                  STAR_BURST
                      + ": "
                      + details
                      + "; the stars may be bought: check them before featuring it")
          .orElse(FLAG_TEXT.get(STAR_BURST));
    }
    return FLAG_TEXT.getOrDefault(code, flag);
  }
}
