package dev.curate.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counters for one source's HTTP traffic during one run, for the fetch summary. */
public final class HttpStats {
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger notModified = new AtomicInteger();
  private final AtomicInteger waits = new AtomicInteger();
  private final AtomicLong waitedMillis = new AtomicLong();

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
