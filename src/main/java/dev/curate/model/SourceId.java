package dev.curate.model;

/**
 * Which source a fetch read: GitHub's search, or one subreddit. A third kind of source adds a
 * record here and a case to {@link #parse}; everything else compares these values, and only the
 * store and the output turn them into text ({@link #key}).
 */
public sealed interface SourceId permits SourceId.GitHub, SourceId.Subreddit {
  GitHub GITHUB = new GitHub();

  /**
   * The text form the store keeps in {@code fetch_run.source} and the output prints ({@code
   * github}, {@code reddit:MachineLearning}); a contract with existing workspaces and with scripts
   * reading {@code rank --json}'s {@code coverage}.
   */
  String key();

  /**
   * The inverse of {@link #key}; anything else is refused, since it names no source curate knows.
   */
  static SourceId parse(String key) {
    if (GITHUB.key().equals(key)) {
      return GITHUB;
    }
    if (key != null && key.startsWith(Subreddit.PREFIX)) {
      return new Subreddit(key.substring(Subreddit.PREFIX.length()));
    }
    throw new IllegalArgumentException(
        "'" + key + "' is not a source curate knows: github or reddit:<subreddit>");
  }

  /** GitHub's repository search: one source, however many queries it runs. */
  record GitHub() implements SourceId {
    @Override
    public String key() {
      return "github";
    }
  }

  /** One subreddit, by its name as configured (without {@code r/}). */
  record Subreddit(String name) implements SourceId {
    private static final String PREFIX = "reddit:";

    public Subreddit {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("a subreddit source needs the subreddit's name");
      }
    }

    @Override
    public String key() {
      return PREFIX + name;
    }
  }
}
