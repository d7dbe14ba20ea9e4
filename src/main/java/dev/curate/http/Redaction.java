package dev.curate.http;

import java.util.Set;
import okhttp3.HttpUrl;

/** Keeps credentials out of anything curate prints about a request. */
public final class Redaction {
  private static final Set<String> SECRET_PARAMETERS =
      Set.of("access_token", "token", "client_secret", "password", "code", "refresh_token");

  private Redaction() {}

  /** The URL with secret-looking query parameters and any user:password replaced. */
  public static String url(HttpUrl url) {
    HttpUrl.Builder b = url.newBuilder().username("").password("");
    for (String name : url.queryParameterNames()) {
      if (SECRET_PARAMETERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        b.setQueryParameter(name, "[redacted]");
      }
    }
    return b.build().toString();
  }
}
