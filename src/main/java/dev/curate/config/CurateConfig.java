package dev.curate.config;

/** The whole configuration, after defaults and the user's file were merged and checked. */
public record CurateConfig(
    Endpoints endpoints,
    GitHubSettings github,
    RedditSettings reddit,
    ShortlistSettings shortlist,
    ScoringSettings scoring,
    HttpSettings http) {}
