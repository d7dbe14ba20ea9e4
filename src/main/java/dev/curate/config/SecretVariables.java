package dev.curate.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment variables that hold curate's credentials. A child process curate starts (the
 * browser, the editor) needs none of them, so it gets the environment without them; the run's
 * output is scrubbed of their values.
 */
public final class SecretVariables {
  public static final List<String> NAMES =
      List.of(
          GitHubCredentials.GH_TOKEN,
          GitHubCredentials.GITHUB_TOKEN,
          RedditCredentials.CLIENT_ID,
          RedditCredentials.CLIENT_SECRET,
          ClickHouseCredentials.PASSWORD);

  private SecretVariables() {}

  /** {@code env} without the credentials, for a child process. */
  public static Map<String, String> removedFrom(Map<String, String> env) {
    Map<String, String> child = new HashMap<>(env);
    child.keySet().removeAll(NAMES);
    return child;
  }
}
