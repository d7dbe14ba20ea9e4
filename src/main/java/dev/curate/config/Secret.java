package dev.curate.config;

import java.util.Objects;

/**
 * A credential. Its {@code toString} never shows the value, so a secret that reaches a log line, an
 * exception message or a debugger's view shows as {@code [redacted]}. Only the code that writes an
 * Authorization header calls {@link #reveal()}.
 */
public final class Secret {
  private final String value;

  public Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "[redacted]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
