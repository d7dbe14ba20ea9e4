package dev.curate.reddit.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Reddit's JSON error body, e.g. {@code {"reason":"private","message":"Forbidden","error":403}} for
 * a private subreddit or {@code {"reason":"banned","message":"Not Found","error":404}} for a banned
 * one (seen in snoowrap#254 and bdfr#307).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ErrorBody(String reason, String message, Integer error) {}
