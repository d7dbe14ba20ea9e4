package dev.curate.doctor;

import dev.curate.config.ClickHouseCredentials;
import dev.curate.config.GitHubCredentials;
import dev.curate.config.RedditCredentials;
import java.util.Map;
import java.util.Optional;

/**
 * Which variable each credential comes from, never its value: each field is the name of the
 * variable that is set, or empty when none is.
 *
 * @param github {@code GH_TOKEN}, else {@code GITHUB_TOKEN} (as {@link GitHubCredentials} chooses)
 */
public record CredentialSources(
    Optional<String> github,
    Optional<String> redditClientId,
    Optional<String> redditClientSecret,
    Optional<String> redditUserAgent,
    Optional<String> clickhouseUser,
    Optional<String> clickhousePassword) {

  /**
   * @param github the token as the run read it (which variable won)
   * @param env the environment, asked only whether each other variable is set
   */
  public static CredentialSources of(GitHubCredentials github, Map<String, String> env) {
    return new CredentialSources(
        github.variable(),
        set(env, RedditCredentials.CLIENT_ID),
        set(env, RedditCredentials.CLIENT_SECRET),
        set(env, RedditCredentials.USER_AGENT),
        set(env, ClickHouseCredentials.USER),
        // ClickHouse takes a password as given, so one of spaces is still one.
        Optional.ofNullable(env.get(ClickHouseCredentials.PASSWORD))
            .filter(v -> !v.isEmpty())
            .map(v -> ClickHouseCredentials.PASSWORD));
  }

  /** Whether Reddit's app credentials are both set: curate then asks Reddit's OAuth API. */
  public boolean redditOAuth() {
    return redditClientId.isPresent() && redditClientSecret.isPresent();
  }

  private static Optional<String> set(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(name);
  }
}
