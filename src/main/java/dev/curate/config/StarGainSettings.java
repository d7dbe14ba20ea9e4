package dev.curate.config;

/**
 * How many repositories a fetch measures the month's stars gained for (docs/configuration.md).
 *
 * @param measureTop the month's new repositories measured, most-starred first; the trending ones
 *     (created before the month) get the same number again
 * @param keepCoreRequests measuring stops, with a warning, once GitHub says fewer core requests
 *     than this are left: without a token the core budget is 60 an hour, and waiting an hour for it
 *     is worse than a few unknown gains
 */
public record StarGainSettings(int measureTop, int keepCoreRequests) {
  public static final StarGainSettings DEFAULTS = new StarGainSettings(40, 10);
}
