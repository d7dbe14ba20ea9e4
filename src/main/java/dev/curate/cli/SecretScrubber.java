package dev.curate.cli;

import dev.curate.http.KnownSecrets;
import java.util.Map;

/**
 * A last line of defence: replaces every credential of the run (see {@link KnownSecrets}: those
 * from the environment and the OAuth access token once issued) in text about to be printed.
 * Messages are built without secrets in the first place and fetched text is scrubbed where it
 * enters curate; this catches what a library might echo back (a URL, a header dump) in an exception
 * message or a log record.
 */
public final class SecretScrubber {
  private final KnownSecrets secrets;

  public SecretScrubber(KnownSecrets secrets) {
    this.secrets = secrets;
  }

  /** The credentials of {@code env} only. */
  public SecretScrubber(Map<String, String> env) {
    this(KnownSecrets.fromEnvironment(env));
  }

  public String scrub(String text) {
    return secrets.scrub(text);
  }
}
