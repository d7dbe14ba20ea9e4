package dev.curate.cli;

import dev.curate.config.GitHubCredentials;
import dev.curate.config.RedditCredentials;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A last line of defence: replaces any credential value from the environment in text about to
 * be printed. Messages are built without secrets in the first place; this catches what a
 * library might echo back (a URL, a header dump) in an exception message or a log record.
 */
public final class SecretScrubber {
  private static final List<String> SECRET_VARIABLES =
      List.of(GitHubCredentials.GH_TOKEN, GitHubCredentials.GITHUB_TOKEN, RedditCredentials.CLIENT_ID,
          RedditCredentials.CLIENT_SECRET);

  private final List<String> secrets;

  public SecretScrubber(Map<String, String> env) {
    // Very short values would blank out ordinary words; real tokens are long.
    this.secrets = SECRET_VARIABLES.stream()
        .map(env::get)
        .filter(v -> v != null && v.trim().length() >= 6)
        .flatMap(v -> Stream.of(v, v.trim()))
        .distinct()
        .toList();
  }

  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, "[redacted]");
    }
    return out;
  }
}
