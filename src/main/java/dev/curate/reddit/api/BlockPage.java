package dev.curate.reddit.api;

import java.util.Locale;

/**
 * Reddit's page for clients it will not serve: HTML titled "whoa there, pardner!" (lately also
 * "You've been blocked by network security"), sent as 403 or as 429. It names the two causes curate
 * can do something about, a vague User-Agent and missing developer credentials
 * (asadm/markdowndown#5, binwiederhier/submonkey#1); the hint says how to fix both.
 */
final class BlockPage {
  static final String HINT =
      "set REDDIT_USER_AGENT to '<platform>:<app id>:<version> (by /u/<your username>)' and"
          + " REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET to use OAuth";

  private BlockPage() {}

  static boolean isBlockPage(String body) {
    String lower = body.toLowerCase(Locale.ROOT);
    return lower.contains("whoa there, pardner") || lower.contains("blocked by network security");
  }
}
