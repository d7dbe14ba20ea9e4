package dev.curate.workflow;

import java.util.Optional;

/**
 * The sources one fetch reads: each is read only when present. Star gains and READMEs are measured
 * for the GitHub candidates, so they count only with GitHub.
 *
 * @param readmeCount how many of the most-starred repositories get their README read
 */
public record FetchSources(
    Optional<RepoFetcher> github,
    Optional<StarGainSource> starGains,
    Optional<ReadmeFetcher> readmes,
    int readmeCount,
    Optional<ThreadFetcher> reddit) {
  public static final FetchSources NONE =
      new FetchSources(Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty());

  public FetchSources withGitHub(RepoFetcher fetcher) {
    return new FetchSources(Optional.of(fetcher), starGains, readmes, readmeCount, reddit);
  }

  /** Measures the stars gained by the GitHub candidates before they are saved. */
  public FetchSources withStarGains(StarGainSource source) {
    return new FetchSources(github, Optional.of(source), readmes, readmeCount, reddit);
  }

  /** Reads the READMEs of the month's {@code count} most-starred repositories. */
  public FetchSources withReadmes(ReadmeFetcher fetcher, int count) {
    return new FetchSources(github, starGains, Optional.of(fetcher), count, reddit);
  }

  public FetchSources withReddit(ThreadFetcher fetcher) {
    return new FetchSources(github, starGains, readmes, readmeCount, Optional.of(fetcher));
  }
}
