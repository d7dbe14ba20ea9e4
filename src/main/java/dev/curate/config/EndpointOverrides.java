package dev.curate.config;

import dev.curate.error.ConfigException;
import java.util.Map;

/**
 * Applies the {@code CURATE_*_URL} environment variables, which win over the config file so that a
 * test harness, a proxy or GitHub Enterprise can be pointed at without editing files.
 */
public final class EndpointOverrides {
  public static final String GITHUB_API_URL = "CURATE_GITHUB_API_URL";
  public static final String REDDIT_URL = "CURATE_REDDIT_URL";
  public static final String REDDIT_OAUTH_URL = "CURATE_REDDIT_OAUTH_URL";
  public static final String REDDIT_ARCHIVE_URL = "CURATE_REDDIT_ARCHIVE_URL";
  public static final String CLICKHOUSE_URL = "CURATE_CLICKHOUSE_URL";

  private EndpointOverrides() {}

  static CurateConfig apply(CurateConfig config, Map<String, String> env) {
    Endpoints e = config.endpoints();
    Endpoints overridden =
        new Endpoints(
            pick(env, GITHUB_API_URL, e.githubApiUrl()),
            pick(env, REDDIT_URL, e.redditUrl()),
            pick(env, REDDIT_OAUTH_URL, e.redditOauthUrl()),
            pick(env, REDDIT_ARCHIVE_URL, e.redditArchiveUrl()),
            serverOnly(env, CLICKHOUSE_URL, pick(env, CLICKHOUSE_URL, e.clickhouseUrl())));
    return config.withEndpoints(overridden);
  }

  private static String pick(Map<String, String> env, String variable, String configured) {
    String value = env.get(variable);
    String chosen = value == null || value.isBlank() ? configured : value.trim();
    if (!ConfigValidator.isHttpUrl(chosen)) {
      throw new ConfigException(
          variable + ": '" + ConfigValidator.withoutUserInfo(chosen) + "' is not an http(s) URL");
    }
    return stripTrailingSlash(chosen);
  }

  /** The file's value was checked by {@link ConfigValidator}; the environment's is checked here. */
  private static String serverOnly(Map<String, String> env, String variable, String chosen) {
    String value = env.get(variable);
    if (value != null && !value.isBlank()) {
      ConfigValidator.serverOnlyProblem(chosen)
          .ifPresent(
              problem -> {
                throw new ConfigException(
                    variable + ": '" + ConfigValidator.withoutUserInfo(chosen) + "' " + problem);
              });
    }
    return chosen;
  }

  private static String stripTrailingSlash(String url) {
    String u = url;
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }
}
