package dev.curate.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Duration;

/**
 * @param callTimeout the longest one attempt may take, from its request to its body's last byte
 * @param maxAttempts attempts per request for transient failures, the first one included
 * @param maxWait the longest wait for a rate limit to reset before giving up
 * @param maxBodySize the most bytes curate reads of one answer, counted after decompression
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    int maxAttempts,
    Duration maxWait,
    @JsonDeserialize(using = SizeText.Deserializer.class) long maxBodySize) {

  /**
   * The shipped {@code http.maxBodySize}: a few times the largest real answer (a GitHub search page
   * of 100 repositories, a Reddit listing of 100 posts: about 1 MB each).
   */
  public static final long DEFAULT_MAX_BODY_SIZE = 16L << 20;

  /** Settings with the shipped body limit. */
  public HttpSettings(
      Duration connectTimeout,
      Duration readTimeout,
      Duration callTimeout,
      int maxAttempts,
      Duration maxWait) {
    this(connectTimeout, readTimeout, callTimeout, maxAttempts, maxWait, DEFAULT_MAX_BODY_SIZE);
  }

  /** The same settings with another {@code maxWait} ({@code fetch --max-wait}). */
  public HttpSettings withMaxWait(Duration wait) {
    return new HttpSettings(
        connectTimeout, readTimeout, callTimeout, maxAttempts, wait, maxBodySize);
  }
}
