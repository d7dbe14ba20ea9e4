package dev.curate.doctor;

import dev.curate.config.HttpSettings;
import java.time.Duration;

/**
 * The HTTP settings of {@code curate doctor}'s stack: one attempt, no wait for a rate limit, and
 * short timeouts (the configured ones when shorter), so that the check answers in seconds even
 * offline. A fetch's retries and waits are what make it patient; a check should say at once what it
 * found.
 */
public final class ProbeSettings {
  static final Duration CONNECT = Duration.ofSeconds(3);
  static final Duration CALL = Duration.ofSeconds(5);

  private ProbeSettings() {}

  public static HttpSettings of(HttpSettings configured) {
    return new HttpSettings(
        shorter(configured.connectTimeout(), CONNECT),
        shorter(configured.readTimeout(), CALL),
        shorter(configured.callTimeout(), CALL),
        1,
        Duration.ZERO,
        configured.maxBodySize());
  }

  /** The shorter of the two; OkHttp takes a zero timeout as none at all. */
  private static Duration shorter(Duration configured, Duration bound) {
    return configured.isZero() || configured.compareTo(bound) > 0 ? bound : configured;
  }
}
