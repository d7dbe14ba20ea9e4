package dev.curate.cli;

import dev.curate.config.GitHubSourceChoice;
import dev.curate.config.RedditSourceChoice;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code fetch} was asked to read: which sources, for GitHub's candidates whether by search or
 * GH Archive's events (and from which files), and for Reddit where from.
 *
 * @param githubSource {@code --github-source}, which wins over {@code github.source}
 * @param gharchive {@code --gharchive} hour files or folders: the events are counted from them
 *     instead of ClickHouse
 * @param redditSource {@code --reddit-source}, which wins over {@code reddit.source}
 * @param redditDumps {@code --reddit-dump} files, read instead of the network when there are any
 */
record FetchSelection(
    boolean github,
    boolean reddit,
    Optional<GitHubSourceChoice> githubSource,
    List<Path> gharchive,
    Optional<RedditSourceChoice> redditSource,
    List<Path> redditDumps) {
  FetchSelection {
    gharchive = List.copyOf(gharchive);
    redditDumps = List.copyOf(redditDumps);
  }

  /** Without GitHub's options: its source as configured, the events (if any) from ClickHouse. */
  static FetchSelection of(
      SourceName only, RedditSourceChoice redditSource, List<Path> redditDumps) {
    return of(only, null, List.of(), redditSource, redditDumps);
  }

  /**
   * The selection of {@code --only}, {@code --github-source}, {@code --gharchive}, {@code
   * --reddit-source} and {@code --reddit-dump}; options that contradict each other, and a dump or
   * hour-file path that is not there, are usage errors before anything is printed or asked.
   */
  static FetchSelection of(
      SourceName only,
      GitHubSourceChoice githubSource,
      List<Path> gharchive,
      RedditSourceChoice redditSource,
      List<Path> redditDumps) {
    FetchSelection selection =
        new FetchSelection(
            only == null || only == SourceName.github,
            only == null || only == SourceName.reddit,
            Optional.ofNullable(githubSource),
            gharchive,
            Optional.ofNullable(redditSource),
            redditDumps);
    selection.checkGhArchive();
    selection.checkDumps();
    return selection;
  }

  /** Where GitHub's candidates come from: {@code --github-source}, else the configuration's. */
  GitHubSourceChoice githubChoice(GitHubSourceChoice configured) {
    GitHubSourceChoice choice = githubSource.orElse(configured);
    if (choice == GitHubSourceChoice.search && !gharchive.isEmpty()) {
      // Only reachable through the configuration: the option itself is checked before.
      throw new CurateException(
          ExitCode.USAGE,
          "--gharchive reads GH Archive's star events, but github.source is search in the"
              + " configuration: add --github-source auto (or events), or drop --gharchive");
    }
    return choice;
  }

  private void checkGhArchive() {
    if (gharchive.isEmpty()) {
      return;
    }
    if (!github) {
      throw new CurateException(
          ExitCode.USAGE,
          "--gharchive reads GitHub's star events, but --only reddit leaves GitHub out: drop one"
              + " of them");
    }
    if (githubSource.equals(Optional.of(GitHubSourceChoice.search))) {
      throw new CurateException(
          ExitCode.USAGE,
          "--gharchive reads GH Archive's star events, but --github-source search reads GitHub's"
              + " search alone: drop --gharchive, or choose --github-source events or auto");
    }
    for (Path path : gharchive) {
      if (!Files.exists(path)) {
        throw new CurateException(
            ExitCode.USAGE,
            "--gharchive "
                + path
                + " does not exist: name GH Archive's hour files or their folder");
      }
    }
  }

  /** Where Reddit's threads come from when they come from the network. */
  RedditSourceChoice redditChoice(RedditSourceChoice configured) {
    return redditSource.orElse(configured);
  }

  private void checkDumps() {
    if (!redditDumps.isEmpty() && !reddit) {
      throw new CurateException(
          ExitCode.USAGE,
          "--reddit-dump reads Reddit threads, but --only github leaves Reddit out: drop one of them");
    }
    for (Path dump : redditDumps) {
      if (!Files.isRegularFile(dump)) {
        throw new CurateException(
            ExitCode.USAGE,
            "--reddit-dump "
                + dump
                + (Files.exists(dump) ? " is not a file" : " does not exist")
                + ": check the path");
      }
      if (!Files.isReadable(dump)) {
        throw new CurateException(
            ExitCode.USAGE, "--reddit-dump " + dump + " is not readable: check its permissions");
      }
    }
  }
}
