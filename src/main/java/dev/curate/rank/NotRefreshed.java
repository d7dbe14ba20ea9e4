package dev.curate.rank;

import dev.curate.model.ThreadFigures;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Spots a thread read from an archive or a dump whose figures Reddit never brought up to date:
 * Reddit no longer serves it, or was not asked (beyond {@code reddit.refreshTop}), or could not be
 * reached. Its comments and upvotes are then the archive's, often collected hours after posting,
 * and the editor must not take them for current ones. Flagged, never dropped: the archive saw the
 * thread, and it may be the month's best.
 */
final class NotRefreshed {
  static final String FLAG = "not-refreshed";

  /**
   * e.g. "not-refreshed: Reddit no longer serves it (asked 2026-11-28); figures as archived
   * 2018-11-08".
   */
  Optional<String> describe(ThreadFigures figures) {
    if (figures == null || figures.refreshed()) {
      return Optional.empty();
    }
    String why =
        figures.unserved()
            ? "Reddit no longer serves it (asked " + date(figures.unservedAt()) + ")"
            : "Reddit gave no current figures (not asked, or not reachable)";
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s: %s; %s comments and %s upvotes as archived%s",
            FLAG,
            why,
            count(figures.archivedComments()),
            count(figures.archivedScore()),
            figures.archivedAt() == null ? "" : " " + date(figures.archivedAt())));
  }

  private static String count(Integer n) {
    return n == null ? "unknown" : String.format(Locale.ROOT, "%,d", n);
  }

  private static String date(Instant at) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(at.atOffset(ZoneOffset.UTC));
  }
}
