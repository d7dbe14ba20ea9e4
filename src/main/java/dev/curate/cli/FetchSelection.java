package dev.curate.cli;

import dev.curate.config.RedditSourceChoice;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code fetch} was asked to read: which sources, and for Reddit where from.
 *
 * @param redditSource {@code --reddit-source}, which wins over {@code reddit.source}
 * @param redditDumps {@code --reddit-dump} files, read instead of the network when there are any
 */
record FetchSelection(
    boolean github,
    boolean reddit,
    Optional<RedditSourceChoice> redditSource,
    List<Path> redditDumps) {
  FetchSelection {
    redditDumps = List.copyOf(redditDumps);
  }

  /**
   * The selection of {@code --only}, {@code --reddit-source} and {@code --reddit-dump}; a dump that
   * cannot be read is a usage error before anything is printed or asked.
   */
  static FetchSelection of(
      SourceName only, RedditSourceChoice redditSource, List<Path> redditDumps) {
    FetchSelection selection =
        new FetchSelection(
            only == null || only == SourceName.github,
            only == null || only == SourceName.reddit,
            Optional.ofNullable(redditSource),
            redditDumps);
    selection.checkDumps();
    return selection;
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
