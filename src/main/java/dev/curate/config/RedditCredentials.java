package dev.curate.config;

import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import java.util.Map;
import java.util.Optional;

/**
 * Reddit application credentials (both or neither) and the User-Agent Reddit asks every client to
 * send: {@code <platform>:<app ID>:<version string> (by /u/<reddit username>)}.
 */
public record RedditCredentials(
    Optional<Secret> clientId,
    Optional<Secret> clientSecret,
    String userAgent,
    boolean userAgentFromEnvironment) {
  public static final String CLIENT_ID = "REDDIT_CLIENT_ID";
  public static final String CLIENT_SECRET = "REDDIT_CLIENT_SECRET";
  public static final String USER_AGENT = "REDDIT_USER_AGENT";

  public static RedditCredentials fromEnvironment(Map<String, String> env, String version) {
    Optional<Secret> id = secret(env, CLIENT_ID);
    Optional<Secret> secret = secret(env, CLIENT_SECRET);
    if (id.isPresent() != secret.isPresent()) {
      String set = id.isPresent() ? CLIENT_ID : CLIENT_SECRET;
      String unset = id.isPresent() ? CLIENT_SECRET : CLIENT_ID;
      throw new CurateException(
          ExitCode.CREDENTIALS,
          set
              + " is set but "
              + unset
              + " is not: set both to use Reddit's OAuth API, or neither"
              + " to read the public listings");
    }
    String ua = env.get(USER_AGENT);
    boolean fromEnv = ua != null && !ua.isBlank();
    return new RedditCredentials(
        id, secret, fromEnv ? ua.trim() : defaultUserAgent(version), fromEnv);
  }

  public boolean hasOAuth() {
    return clientId.isPresent();
  }

  /** Descriptive, in Reddit's format; editors should set their own with their username. */
  public static String defaultUserAgent(String version) {
    return "jvm:dev.curate:v" + version + " (by /u/curate_roundup)";
  }

  private static Optional<Secret> secret(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(new Secret(v.trim()));
  }
}
