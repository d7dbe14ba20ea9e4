package dev.curate.reddit.dump;

import dev.curate.model.CalendarMonth;
import dev.curate.reddit.post.ArchivedPosts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The month's posts of the configured subreddits from one or more dumps (a dump per subreddit, or a
 * monthly dump of all of Reddit: each post names its subreddit), each mapped to its thread as it is
 * read. Posts found in two dumps are kept once, by id.
 */
public final class DumpMonth {
  private final DumpReader reader;
  private final Supplier<List<String>> subreddits;
  private Map<String, String> configured;
  private final Consumer<String> progress;

  public DumpMonth(DumpReader reader, List<String> subreddits, Consumer<String> progress) {
    this(reader, () -> subreddits, progress);
  }

  /**
   * @param subreddits asked for only when the first post of the month is met: a dump read ahead
   *     ({@code reddit.DumpsAhead}) starts before the configuration naming them is loaded
   */
  public DumpMonth(
      DumpReader reader, Supplier<List<String>> subreddits, Consumer<String> progress) {
    this.reader = reader;
    this.subreddits = subreddits;
    this.progress = progress;
  }

  /** The configured subreddits by lower-case name: Reddit's names are case-insensitive. */
  private Map<String, String> configured() {
    if (configured == null) {
      configured = new LinkedHashMap<>();
      subreddits.get().forEach(s -> configured.put(s.toLowerCase(Locale.ROOT), s));
    }
    return configured;
  }

  /**
   * @param bySubreddit the posts of each configured subreddit the dumps hold posts of, by its
   *     configured name, each mapped to its thread
   * @param warnings about the dumps as a whole (malformed lines, other subreddits)
   */
  public record Read(Map<String, ArchivedPosts> bySubreddit, List<String> warnings) {
    /** Empty when the dumps hold no post of {@code subreddit}'s in the month. */
    public Optional<ArchivedPosts> postsOf(String subreddit) {
      return Optional.ofNullable(bySubreddit.get(subreddit));
    }
  }

  /**
   * Each post kept is mapped to its thread as it is parsed (by {@link ArchivedPosts}): that is the
   * reader's idle time ({@link KeptLines}), while mapped after the read it was a tail the whole
   * fetch waited for.
   *
   * @param fetchedAt every thread's {@code fetched_at}
   */
  public Read read(List<Path> dumps, CalendarMonth month, Instant fetchedAt) {
    Map<String, ArchivedPosts> bySubreddit = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    for (Path dump : dumps) {
      // Prefixed like every source's line: GitHub's lines come in between (read side by side).
      progress.accept("reddit: reading " + dump + " for " + month);
      DumpReader.Stats stats =
          reader.read(
              dump,
              month,
              name -> configured().containsKey(name.toLowerCase(Locale.ROOT)),
              // By subreddit, as the posts are: the first dump's copy of a post is kept, and
              // mapped, alone (ArchivedPosts.add).
              post ->
                  bySubreddit
                      .computeIfAbsent(
                          configured().get(post.subreddit().toLowerCase(Locale.ROOT)),
                          k -> new ArchivedPosts(k, fetchedAt))
                      .add(post));
      progress.accept(
          "reddit: "
              + dump.getFileName()
              + ": "
              + String.format(Locale.ROOT, "%,d", stats.lines())
              + " lines, "
              + String.format(Locale.ROOT, "%,d", stats.kept())
              + " posts of "
              + month
              + " kept");
      if (stats.malformed() > 0) {
        warnings.add(
            dump.getFileName()
                + ": skipped "
                + stats.malformed()
                + " malformed "
                + (stats.malformed() == 1 ? "line" : "lines")
                + " (not a JSON post with id and created_utc)");
      }
      if (stats.otherSubreddits() > 0) {
        warnings.add(
            dump.getFileName()
                + ": skipped "
                + stats.otherSubreddits()
                + " posts of "
                + month
                + " from subreddits not in reddit.subreddits");
      }
    }
    return new Read(bySubreddit, warnings);
  }
}
