package dev.curate.http;

import dev.curate.model.HttpActivity;
import dev.curate.model.RequestCount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** Counters for one source's HTTP traffic during one run, for the fetch summary. */
public final class HttpStats {
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger notModified = new AtomicInteger();
  private final AtomicInteger waits = new AtomicInteger();
  private final AtomicLong waitedMillis = new AtomicLong();
  private final Map<String, String> budgetLeft = new ConcurrentHashMap<>();
  // Every attempt and every retry, so that a source can say what kind of request each was and
  // hold them against the month's floor (a run sends thousands at most).
  private final List<Sent> attempts = new ArrayList<>();
  private final List<Sent> retried = new ArrayList<>();

  /** A request as sent: what a source's plan matches it by. */
  public record Sent(String method, HttpUrl url) {}

  /** Where the record of attempts and retries stood, to count what came after it. */
  public record Mark(int attempts, int retried) {}

  public void countRequest(Request request) {
    requests.incrementAndGet();
    synchronized (attempts) {
      attempts.add(new Sent(request.method(), request.url()));
    }
  }

  public void countNotModified() {
    notModified.incrementAndGet();
  }

  /** {@code request} is about to be sent again. */
  public void countRetry(Request request) {
    countRetry(request.method(), request.url());
  }

  /** {@code method url} is about to be sent again. */
  public void countRetry(String method, HttpUrl url) {
    retries.incrementAndGet();
    synchronized (attempts) {
      retried.add(new Sent(method, url));
    }
  }

  public void countWait(Duration d) {
    waits.incrementAndGet();
    waitedMillis.addAndGet(d.toMillis());
  }

  /** Remembers the latest rate-limit budget an API reported for a bucket. */
  public void recordBudget(String bucket, String left) {
    budgetLeft.put(bucket, left);
  }

  public Mark mark() {
    synchronized (attempts) {
      return new Mark(attempts.size(), retried.size());
    }
  }

  /**
   * The requests sent after {@code mark}, each of the kind {@code kindOf} says (a kind of the
   * source's plan, or {@link RequestCount#OTHER}), held against {@code floor}: a retry is taken off
   * its kind and counted apart, so that each kind counts its requests once.
   */
  public RequestCount count(
      Mark mark, BiFunction<String, HttpUrl, String> kindOf, Map<String, Integer> floor) {
    List<Sent> sent;
    List<Sent> again;
    synchronized (attempts) {
      sent = List.copyOf(attempts.subList(mark.attempts(), attempts.size()));
      again = List.copyOf(retried.subList(mark.retried(), retried.size()));
    }
    Map<String, Integer> byKind = new HashMap<>();
    for (Sent s : sent) {
      byKind.merge(kindOf.apply(s.method(), s.url()), 1, Integer::sum);
    }
    int retries = 0;
    for (Sent s : again) {
      // A retry that never reached the network (a wait given up) took nothing off.
      if (byKind.merge(kindOf.apply(s.method(), s.url()), -1, Integer::sum) < 0) {
        byKind.merge(kindOf.apply(s.method(), s.url()), 1, Integer::sum);
      } else {
        retries++;
      }
    }
    return new RequestCount(byKind, floor, retries);
  }

  /** The counters as they stand; subtract an earlier snapshot with {@link #since}. */
  public HttpActivity snapshot() {
    return new HttpActivity(retries(), notModified(), waits(), waited(), Map.copyOf(budgetLeft));
  }

  /** What happened after {@code before} was taken; the budget is the latest, not a difference. */
  public HttpActivity since(HttpActivity before) {
    return new HttpActivity(
        retries() - before.retries(),
        notModified() - before.notModified(),
        waits() - before.waits(),
        waited().minus(before.waited()),
        Map.copyOf(budgetLeft));
  }

  public int requests() {
    return requests.get();
  }

  /** Conditional requests the server answered with 304 (the body came from the cache). */
  public int notModified() {
    return notModified.get();
  }

  public int retries() {
    return retries.get();
  }

  public int waits() {
    return waits.get();
  }

  public Duration waited() {
    return Duration.ofMillis(waitedMillis.get());
  }
}
