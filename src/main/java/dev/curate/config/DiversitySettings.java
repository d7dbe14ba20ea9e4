package dev.curate.config;

/**
 * How balanced the repositories of a shortlist are, unless {@code rank --no-diversity}.
 *
 * @param maxPerOwner repositories of one GitHub owner at most
 * @param maxPerArea repositories of one area at most
 */
public record DiversitySettings(int maxPerOwner, int maxPerArea) {}
