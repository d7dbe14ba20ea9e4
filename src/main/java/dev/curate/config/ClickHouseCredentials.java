package dev.curate.config;

import java.util.Map;
import java.util.Optional;

/**
 * The account curate reads GH Archive's events with on a ClickHouse server: {@code CLICKHOUSE_USER}
 * (default {@code play}, the public playground's read-only user) and {@code CLICKHOUSE_PASSWORD}
 * (default none, as the playground wants). From the environment only; the password is a {@link
 * Secret}, and messages name the variables, never its value.
 */
public record ClickHouseCredentials(String user, Optional<Secret> password) {
  public static final String USER = "CLICKHOUSE_USER";
  public static final String PASSWORD = "CLICKHOUSE_PASSWORD";

  /** The playground's user: read-only, no password (ClickHouse docs, "Playground"). */
  public static final String PLAYGROUND_USER = "play";

  public static ClickHouseCredentials fromEnvironment(Map<String, String> env) {
    String user = env.get(USER);
    // A password is sent as given: ClickHouse compares it byte for byte, spaces included.
    String password = env.get(PASSWORD);
    return new ClickHouseCredentials(
        user == null || user.isBlank() ? PLAYGROUND_USER : user.trim(),
        password == null || password.isEmpty()
            ? Optional.empty()
            : Optional.of(new Secret(password)));
  }

  /** The playground's account. */
  public static ClickHouseCredentials playground() {
    return new ClickHouseCredentials(PLAYGROUND_USER, Optional.empty());
  }
}
