package dev.curate.model;

/** A thread on a shortlist: its place (1-based), our score in [0, 1], and the facts. */
public record RankedThread(int rank, double score, RedditThread thread) {}
