package dev.curate.config;

/** How many repositories and threads {@code rank} keeps by default. */
public record ShortlistSettings(int repos, int threads) {}
