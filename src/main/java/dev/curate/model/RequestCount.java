package dev.curate.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A source's requests held against its floor: the fewest requests that could have answered the
 * month as it was actually read (a search page per 100 repositories a query returned, a star
 * history request per repository measured, an archive page per 100 posts read...), so that a
 * regression in request cost shows in every fetch's summary. Kinds are the names of the plan's
 * {@code plan.Purpose.Kind}, which the summary words; a request no kind matched is {@link #OTHER}.
 *
 * @param sent requests by kind, each counted once: retries are apart
 * @param floor the fewest requests of each kind the month's results needed
 * @param retries attempts sent again (a transient failure, a rate limit, an unreadable page)
 */
public record RequestCount(Map<String, Integer> sent, Map<String, Integer> floor, int retries) {
  /** A request that matched no kind of the source's plan. */
  public static final String OTHER = "OTHER";

  public static final RequestCount NONE = new RequestCount(Map.of(), Map.of(), 0);

  public RequestCount {
    sent = Map.copyOf(withoutZeros(sent));
    floor = Map.copyOf(withoutZeros(floor));
    if (retries < 0) {
      throw new IllegalArgumentException("retries " + retries);
    }
  }

  /**
   * Requests that were all needed: {@code requests} of {@code kind} sent, {@code retries} of them
   * again, the rest the floor.
   */
  public static RequestCount allNeeded(String kind, int requests, int retries) {
    int needed = Math.max(0, requests - retries);
    return new RequestCount(Map.of(kind, needed), Map.of(kind, needed), Math.max(0, retries));
  }

  /** The fewest requests of every kind together. */
  public int floorTotal() {
    return floor.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Requests of {@code kind} sent, retries apart. */
  public int sent(String kind) {
    return sent.getOrDefault(kind, 0);
  }

  /** The requests sent beyond each kind's floor, retries apart; kinds at their floor left out. */
  public Map<String, Integer> extra() {
    Map<String, Integer> extra = new TreeMap<>();
    sent.forEach(
        (kind, n) -> {
          int over = n - floor.getOrDefault(kind, 0);
          if (over > 0) {
            extra.put(kind, over);
          }
        });
    return extra;
  }

  /** The same count with {@code kind}'s floor set to {@code n}. */
  public RequestCount withFloor(String kind, int n) {
    Map<String, Integer> changed = new TreeMap<>(floor);
    changed.put(kind, n);
    return new RequestCount(sent, changed, retries);
  }

  /** Both counts together, kind by kind. */
  public RequestCount plus(RequestCount other) {
    return new RequestCount(
        added(sent, other.sent()), added(floor, other.floor()), retries + other.retries());
  }

  private static Map<String, Integer> added(Map<String, Integer> a, Map<String, Integer> b) {
    Map<String, Integer> sum = new TreeMap<>(a);
    b.forEach((kind, n) -> sum.merge(kind, n, Integer::sum));
    return sum;
  }

  private static Map<String, Integer> withoutZeros(Map<String, Integer> counts) {
    Map<String, Integer> kept = new TreeMap<>();
    counts.forEach(
        (kind, n) -> {
          if (n < 0) {
            throw new IllegalArgumentException(kind + ": " + n);
          }
          if (n > 0) {
            kept.put(kind, n);
          }
        });
    return kept;
  }
}
