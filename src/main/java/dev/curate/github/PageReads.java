package dev.curate.github;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The pages one search has read, so that none is requested twice, and whether the endpoint turned
 * out unavailable (after which nothing more is requested).
 */
final class PageReads<P> {
  private final IntFunction<Optional<P>> source;
  private final Map<Integer, P> read = new HashMap<>();
  private boolean unavailable;

  PageReads(IntFunction<Optional<P>> source) {
    this.source = source;
  }

  /** The page, read now or earlier; empty once the endpoint has been unavailable. */
  Optional<P> read(int page) {
    if (unavailable) {
      return Optional.empty();
    }
    P cached = read.get(page);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<P> got = source.apply(page);
    got.ifPresentOrElse(p -> read.put(page, p), () -> unavailable = true);
    return got;
  }

  /** A page already read. */
  P get(int page) {
    return read.get(page);
  }

  /** The requests made: one per distinct page asked for, the unavailable answer included. */
  int requests() {
    return read.size() + (unavailable ? 1 : 0);
  }
}
