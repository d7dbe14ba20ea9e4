package dev.curate.config;

/**
 * What is fetched beyond the candidates, for ranking and the draft.
 *
 * @param readmes READMEs read at fetch time: those of the month's this many most-starred
 *     repositories (0 for none); one request each
 * @param comments top comments quoted per shortlisted thread in the draft (1 to 3); one request per
 *     thread, at draft time
 */
public record EnrichSettings(int readmes, int comments) {}
