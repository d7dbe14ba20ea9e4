package dev.curate.model;

/** A repository on a shortlist: its place (1-based), our score in [0, 1], and the facts. */
public record RankedRepo(int rank, double score, Repo repo) {}
