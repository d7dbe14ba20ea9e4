package dev.curate.config;

import java.time.Duration;

/**
 * @param maxAttempts attempts per request for transient failures, the first one included
 * @param maxWait the longest wait for a rate limit to reset before giving up
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    int maxAttempts,
    Duration maxWait) {}
