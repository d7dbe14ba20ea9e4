package dev.curate.http;

import dev.curate.model.HttpActivity;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counters for one source's HTTP traffic during one run, for the fetch summary. */
public final class HttpStats {
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger notModified = new AtomicInteger();
  private final AtomicInteger waits = new AtomicInteger();
  private final AtomicLong waitedMillis = new AtomicLong();
  private final Map<String, String> budgetLeft = new ConcurrentHashMap<>();

  public void countRequest() {
    requests.incrementAndGet();
  }

  public void countNotModified() {
    notModified.incrementAndGet();
  }

  public void countRetry() {
    retries.incrementAndGet();
  }

  public void countWait(Duration d) {
    waits.incrementAndGet();
    waitedMillis.addAndGet(d.toMillis());
  }

  /** Remembers the latest rate-limit budget an API reported for a bucket. */
  public void recordBudget(String bucket, String left) {
    budgetLeft.put(bucket, left);
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
