package dev.curate.http;

import dev.curate.config.RedditCredentials;
import dev.curate.config.SecretVariables;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every credential of the run, so that none is written anywhere: the values of {@code GH_TOKEN},
 * {@code GITHUB_TOKEN}, {@code REDDIT_CLIENT_ID}, {@code REDDIT_CLIENT_SECRET} and {@code
 * CLICKHOUSE_PASSWORD}, the Basic form of Reddit's pair, and each OAuth access token once Reddit
 * issues it. The HTTP stack replaces them in every answer before the cache or curate sees it
 * ({@link SecretGuardInterceptor}); the CLI replaces them in every line it prints.
 *
 * <p>A server that echoes a credential may escape it on the way, and whoever reads the answer
 * unescapes it again, so each character also matches as a JSON {@code \u0067}, a URL {@code %67} or
 * an HTML {@code &#103;}/{@code &#x67;} escape.
 */
public final class KnownSecrets {
  public static final String REDACTED = "[redacted]";

  /** Shorter values would blank out ordinary words; real credentials are long. */
  static final int MIN_LENGTH = 6;

  private static final List<String> VARIABLES = SecretVariables.NAMES;

  /** One secret, matched in Java text and in the Latin-1 view of UTF-8 bytes. */
  private record Known(Pattern inText, Pattern inBytes) {}

  private final Set<String> values = ConcurrentHashMap.newKeySet();
  private final List<Known> known = new CopyOnWriteArrayList<>();

  private KnownSecrets() {}

  /** No secrets yet: nothing is replaced until one is {@link #add added}. */
  public static KnownSecrets empty() {
    return new KnownSecrets();
  }

  /** The credentials the environment holds, as given and trimmed (curate sends them trimmed). */
  public static KnownSecrets fromEnvironment(Map<String, String> env) {
    KnownSecrets secrets = new KnownSecrets();
    for (String variable : VARIABLES) {
      String value = env.get(variable);
      if (value != null) {
        secrets.add(value);
        secrets.add(value.trim());
      }
    }
    String id = env.get(RedditCredentials.CLIENT_ID);
    String secret = env.get(RedditCredentials.CLIENT_SECRET);
    if (id != null && secret != null && !id.isBlank() && !secret.isBlank()) {
      // What an echo of the token request's "Authorization: Basic ..." would carry.
      secrets.add(
          Base64.getEncoder()
              .encodeToString((id.trim() + ":" + secret.trim()).getBytes(StandardCharsets.UTF_8)));
    }
    return secrets;
  }

  /** Adds a secret learnt during the run, such as an OAuth access token. */
  public void add(String secret) {
    if (secret == null || secret.length() < MIN_LENGTH || !values.add(secret)) {
      return;
    }
    String inBytes =
        new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    known.add(new Known(pattern(secret), pattern(inBytes)));
  }

  public boolean isEmpty() {
    return known.isEmpty();
  }

  /** The text with every secret, plain or escaped, replaced by {@value #REDACTED}. */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (Known k : known) {
      out = k.inText().matcher(out).replaceAll(Matcher.quoteReplacement(REDACTED));
    }
    return out;
  }

  /**
   * The bytes with every secret replaced, matched on the UTF-8 bytes themselves so that nothing
   * else of a body changes (whatever its charset); the same array when none was found.
   */
  public byte[] scrub(byte[] bytes) {
    if (known.isEmpty()) {
      return bytes;
    }
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    String out = latin1;
    for (Known k : known) {
      out = k.inBytes().matcher(out).replaceAll(Matcher.quoteReplacement(REDACTED));
    }
    return out.equals(latin1) ? bytes : out.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Each character plain, or in the escapes an echo may carry (ASCII characters only have them).
   */
  private static Pattern pattern(String secret) {
    StringBuilder re = new StringBuilder();
    for (char c : secret.toCharArray()) {
      re.append("(?:").append(Pattern.quote(String.valueOf(c)));
      if (c < 0x80) {
        String hex = String.format("%02x", (int) c);
        re.append("|(?i:\\\\u00")
            .append(hex)
            .append("|%")
            .append(hex)
            .append("|&#x0*")
            .append(hex)
            .append(";)")
            .append("|&#0*")
            .append((int) c)
            .append(';');
        if (c == '/') {
          re.append("|\\\\/");
        }
      }
      re.append(')');
    }
    return Pattern.compile(re.toString());
  }
}
