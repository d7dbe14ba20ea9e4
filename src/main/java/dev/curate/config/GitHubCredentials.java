package dev.curate.config;

import java.util.Map;
import java.util.Optional;

/**
 * The GitHub token and the variable it came from ({@code GH_TOKEN} wins over {@code GITHUB_TOKEN},
 * as in gh). Messages name the variable, never the value.
 */
public record GitHubCredentials(Optional<Secret> token, Optional<String> variable) {
  public static final String GH_TOKEN = "GH_TOKEN";
  public static final String GITHUB_TOKEN = "GITHUB_TOKEN";

  public static GitHubCredentials fromEnvironment(Map<String, String> env) {
    for (String name : new String[] {GH_TOKEN, GITHUB_TOKEN}) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return new GitHubCredentials(Optional.of(new Secret(value.trim())), Optional.of(name));
      }
    }
    return new GitHubCredentials(Optional.empty(), Optional.empty());
  }

  public static GitHubCredentials none() {
    return new GitHubCredentials(Optional.empty(), Optional.empty());
  }
}
