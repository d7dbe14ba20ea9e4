package dev.curate.cli;

import dev.curate.model.RequestCount;
import dev.curate.model.SourceReport;
import dev.curate.plan.Purpose;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A source's requests against its floor, for its summary line: {@code (at its floor)}, or {@code
 * (floor 88: 8 extra: 3 retries, 5 star history pages)}. Each kind is worded here, as {@link
 * FetchPlanText} words it in a plan.
 */
final class RequestFloorText {
  private RequestFloorText() {}

  /**
   * The words after a source's request count; empty when it sent none or did not count them. The
   * extra requests are the retries and each kind's beyond its floor, and a kind the HTTP cache
   * served below its floor is said apart ("under it"): netted against the extra, the two would
   * contradict each other in one line.
   */
  static String of(SourceReport r) {
    RequestCount count = r.requestCount();
    if (count == null || r.requests() == 0) {
      return "";
    }
    int floor = count.floorTotal();
    int extra = count.retries();
    List<String> parts = new ArrayList<>();
    if (count.retries() > 0) {
      parts.add(counted(count.retries(), "retry", "retries"));
    }
    for (Map.Entry<String, Integer> e :
        count.extra().entrySet().stream()
            .sorted(Comparator.comparingInt(e -> order(e.getKey())))
            .toList()) {
      extra += e.getValue();
      parts.add(words(e.getKey(), e.getValue()));
    }
    int under = 0;
    for (Map.Entry<String, Integer> e : count.floor().entrySet()) {
      under += Math.max(0, e.getValue() - count.sent(e.getKey()));
    }
    if (extra == 0 && under == 0) {
      return " (at its floor)";
    }
    // Fewer than the floor: answers the HTTP cache served without asking.
    String underIt = String.format(Locale.ROOT, "%,d under it", under);
    if (extra == 0) {
      return String.format(Locale.ROOT, " (floor %,d, %s)", floor, underIt);
    }
    return String.format(
        Locale.ROOT,
        " (floor %,d: %,d extra: %s%s)",
        floor,
        extra,
        String.join(", ", parts),
        under == 0 ? "" : "; " + underIt);
  }

  /** The plan's order of kinds; a request of no kind last. */
  private static int order(String kind) {
    return kind(kind).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
  }

  private static java.util.Optional<Purpose.Kind> kind(String name) {
    for (Purpose.Kind k : Purpose.Kind.values()) {
      if (k.name().equals(name)) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }

  static String words(String kind, int n) {
    Map.Entry<String, String> w =
        kind(kind)
            .map(RequestFloorText::nouns)
            .orElse(Map.entry("other request", "other requests"));
    return counted(n, w.getKey(), w.getValue());
  }

  private static Map.Entry<String, String> nouns(Purpose.Kind kind) {
    return switch (kind) {
      case SEARCH -> Map.entry("search page", "search pages");
      case SEARCH_PARTS -> Map.entry("search page of a part", "search pages of parts");
      case TRENDING -> Map.entry("trending search page", "trending search pages");
      case STAR_GAINS -> Map.entry("stars gained request", "stars gained requests");
      case STAR_HISTORY -> Map.entry("star history page", "star history pages");
      case STARGAZERS -> Map.entry("stargazer page", "stargazer pages");
      case README -> Map.entry("README", "READMEs");
      case TOKEN -> Map.entry("token", "tokens");
      case LISTING -> Map.entry("listing page", "listing pages");
      case ARCHIVE_POSTS, ARCHIVE_MORE_POSTS -> Map.entry("archive page", "archive pages");
      case ARCHIVE_COUNT -> Map.entry("archive count", "archive counts");
      case REFRESH -> Map.entry("refresh", "refreshes");
      case EVENTS_FRESHNESS, EVENTS_MONTH, EVENTS_STARGAZERS ->
          Map.entry("ClickHouse query", "ClickHouse queries");
      case LOOKUP -> Map.entry("look-up", "look-ups");
    };
  }

  private static String counted(int n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
