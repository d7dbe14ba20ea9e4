package dev.curate.config;

/** Base URLs of every service curate talks to; none ends with a slash. */
public record Endpoints(
    String githubApiUrl, String redditUrl, String redditOauthUrl, String redditArchiveUrl) {}
