package dev.curate.workflow;

import java.util.Optional;

/**
 * The sources one fetch reads: each is read only when present. GH Archive's events, star gains and
 * READMEs are about the GitHub candidates, so they count only with GitHub.
 *
 * @param github GitHub's searches
 * @param events GH Archive's star events, and what turns their names into candidates; absent when
 *     {@code github.source} is {@code search}
 * @param readmeCount how many of the most-starred repositories get their README read
 */
public record FetchSources(
    Optional<RepoFetcher> github,
    Optional<GitHubEvents> events,
    Optional<StarGainSource> starGains,
    Optional<ReadmeFetcher> readmes,
    int readmeCount,
    Optional<ThreadFetcher> reddit) {
  public static final FetchSources NONE =
      new FetchSources(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          0,
          Optional.empty());

  public FetchSources withGitHub(RepoFetcher fetcher) {
    return new FetchSources(Optional.of(fetcher), events, starGains, readmes, readmeCount, reddit);
  }

  /** Reads GH Archive's star events too, as {@code events.choice()} says for each month. */
  public FetchSources withEvents(GitHubEvents source) {
    return new FetchSources(github, Optional.of(source), starGains, readmes, readmeCount, reddit);
  }

  /** Measures the stars gained by the GitHub candidates before they are saved. */
  public FetchSources withStarGains(StarGainSource source) {
    return new FetchSources(github, events, Optional.of(source), readmes, readmeCount, reddit);
  }

  /** Reads the READMEs of the month's {@code count} most-starred repositories. */
  public FetchSources withReadmes(ReadmeFetcher fetcher, int count) {
    return new FetchSources(github, events, starGains, Optional.of(fetcher), count, reddit);
  }

  public FetchSources withReddit(ThreadFetcher fetcher) {
    return new FetchSources(github, events, starGains, readmes, readmeCount, Optional.of(fetcher));
  }
}
