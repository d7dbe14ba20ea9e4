package dev.curate.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.error.ConfigException;
import dev.curate.model.CalendarMonth;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks values that bind but make no sense. A message names the file that set the key (the user's,
 * or the built-in defaults when the user's file did not mention it), the key and the rule.
 */
final class ConfigValidator {
  // Reddit's own rule for subreddit names: letters, digits, underscores, 2-21 characters.
  static final Pattern SUBREDDIT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{1,20}");

  /**
   * A ClickHouse name curate accepts for {@code github.events.database} and {@code .table}: the
   * form that needs no quoting (ClickHouse docs, "Syntax": identifiers). curate passes them as
   * {@code {name:Identifier}} query parameters, never in the SQL text, so this is for clear errors,
   * not for safety.
   */
  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  /** GH Archive's first hour: 2011-02-12 (gharchive.org). */
  static final CalendarMonth FIRST_EVENTS = CalendarMonth.of(2011, 2);

  /** Below a real search page or listing (about 1 MB), curate could not read one. */
  static final long MIN_BODY_SIZE = 1L << 20;

  /** One answer is held in memory whole: more than this would not fit a default heap anyway. */
  static final long MAX_BODY_SIZE = 1L << 30;

  private final JsonNode userTree;
  private final String userOrigin;

  ConfigValidator(JsonNode userTree, String userOrigin) {
    this.userTree = userTree;
    this.userOrigin = userOrigin;
  }

  void validate(CurateConfig c) {
    required(c.endpoints(), "endpoints");
    required(c.github(), "github");
    required(c.reddit(), "reddit");
    required(c.shortlist(), "shortlist");
    required(c.scoring(), "scoring");
    required(c.http(), "http");

    url(c.endpoints().githubApiUrl(), "endpoints.githubApiUrl");
    url(c.endpoints().redditUrl(), "endpoints.redditUrl");
    url(c.endpoints().redditOauthUrl(), "endpoints.redditOauthUrl");
    url(c.endpoints().redditArchiveUrl(), "endpoints.redditArchiveUrl");
    url(c.endpoints().clickhouseUrl(), "endpoints.clickhouseUrl");
    serverOnlyProblem(c.endpoints().clickhouseUrl())
        .ifPresent(problem -> fail("endpoints.clickhouseUrl", problem));

    nonEmpty(c.github().queries(), "github.queries");
    for (int i = 0; i < c.github().queries().size(); i++) {
      String q = c.github().queries().get(i);
      if (q == null || q.isBlank()) {
        fail("github.queries", "entry " + (i + 1) + " is empty");
      }
      if (q.contains("created:")) {
        fail(
            "github.queries",
            "entry '" + q + "' has a created: qualifier; curate adds the month's range itself");
      }
    }
    range(c.github().perPage(), 1, 100, "github.perPage");
    range(c.github().maxPagesPerQuery(), 1, 10, "github.maxPagesPerQuery");
    starGains(c.github());
    events(c.github());

    nonEmpty(c.reddit().subreddits(), "reddit.subreddits");
    for (String sub : c.reddit().subreddits()) {
      if (sub == null || !SUBREDDIT.matcher(sub).matches()) {
        fail("reddit.subreddits", "'" + sub + "' is not a subreddit name (write it without r/)");
      }
    }
    range(c.reddit().maxPages(), 1, 10, "reddit.maxPages");
    required(c.reddit().source(), "reddit.source");
    range(c.reddit().refreshTop(), 0, RedditSettings.MAX_REFRESH, "reddit.refreshTop");

    range(c.shortlist().repos(), 0, 100, "shortlist.repos");
    range(c.shortlist().threads(), 0, 100, "shortlist.threads");

    required(c.scoring().repos(), "scoring.repos");
    required(c.scoring().threads(), "scoring.threads");
    weights(
        "scoring.repos",
        c.scoring().repos().stars(),
        c.scoring().repos().forks(),
        c.scoring().repos().starsGained());
    // The breakout takes part only in months read through events: alone it could not score the
    // others, so one of the signals above must be weighted.
    weight(c.scoring().repos().breakout(), "scoring.repos.breakout");
    weights("scoring.threads", c.scoring().threads().comments(), c.scoring().threads().upvotes());

    positive(c.http().connectTimeout(), "http.connectTimeout");
    positive(c.http().readTimeout(), "http.readTimeout");
    positive(c.http().callTimeout(), "http.callTimeout");
    range(c.http().maxAttempts(), 1, 10, "http.maxAttempts");
    required(c.http().maxWait(), "http.maxWait");
    if (c.http().maxBodySize() < MIN_BODY_SIZE || c.http().maxBodySize() > MAX_BODY_SIZE) {
      fail(
          "http.maxBodySize",
          "must be between "
              + SizeText.format(MIN_BODY_SIZE)
              + " and "
              + SizeText.format(MAX_BODY_SIZE)
              + ", got "
              + SizeText.format(c.http().maxBodySize()));
    }

    new RankRulesValidator(this::fail).validate(c);
  }

  private void starGains(GitHubSettings github) {
    required(github.starGains(), "github.starGains");
    range(github.starGains().measureTop(), 0, 1000, "github.starGains.measureTop");
    range(github.starGains().keepCoreRequests(), 0, 5000, "github.starGains.keepCoreRequests");
    required(github.trending(), "github.trending");
    required(github.trending().queries(), "github.trending.queries");
    for (String q : github.trending().queries()) {
      if (q == null || q.isBlank()) {
        fail("github.trending.queries", "has an empty entry");
      }
      for (String qualifier : List.of("pushed:", "created:", "stars:")) {
        if (q.contains(qualifier)) {
          fail(
              "github.trending.queries",
              "entry '"
                  + q
                  + "' has a "
                  + qualifier
                  + " qualifier; curate adds pushed: and stars: itself (see github.trending.minStars)");
        }
      }
    }
    range(github.trending().minStars(), 0, 10_000_000, "github.trending.minStars");
    range(github.trending().maxPages(), 1, 10, "github.trending.maxPages");
  }

  private void events(GitHubSettings github) {
    required(github.source(), "github.source");
    EventsSettings events = github.events();
    required(events, "github.events");
    range(events.top(), 1, 100_000, "github.events.top");
    range(events.lookup(), 0, events.top(), "github.events.lookup");
    required(events.soundFrom(), "github.events.soundFrom");
    required(events.soundTo(), "github.events.soundTo");
    if (events.soundFrom().compareTo(FIRST_EVENTS) < 0) {
      fail(
          "github.events.soundFrom",
          "is " + events.soundFrom() + ", before GH Archive's first events (" + FIRST_EVENTS + ")");
    }
    if (events.soundTo().compareTo(events.soundFrom()) < 0) {
      fail(
          "github.events.soundTo",
          "is "
              + events.soundTo()
              + ", before github.events.soundFrom ("
              + events.soundFrom()
              + ")");
    }
    identifier(events.database(), "github.events.database");
    identifier(events.table(), "github.events.table");
  }

  private void identifier(String value, String key) {
    required(value, key);
    if (!IDENTIFIER.matcher(value).matches()) {
      fail(
          key,
          "'"
              + value
              + "' is not a ClickHouse name curate accepts: letters, digits and _, not starting"
              + " with a digit, at most 64 characters");
    }
  }

  private void required(Object value, String key) {
    if (value == null) {
      fail(key, "is missing");
    }
  }

  private void url(String value, String key) {
    required(value, key);
    if (!isHttpUrl(value)) {
      fail(key, "'" + withoutUserInfo(value) + "' is not an http(s) URL");
    }
  }

  static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * What makes {@code url} more than a server's address, for the ClickHouse endpoint: credentials
   * there would travel in every request line (curate sends {@code CLICKHOUSE_USER} and {@code
   * CLICKHOUSE_PASSWORD} as headers, which are never logged), and a query string would add settings
   * that a read-only user such as the playground's refuses.
   */
  static Optional<String> serverOnlyProblem(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (Exception e) {
      return Optional.empty();
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of(
          "carries a user name or password: give the server's address only and set "
              + ClickHouseCredentials.USER
              + " and "
              + ClickHouseCredentials.PASSWORD
              + " instead");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of(
          "has a query string or fragment: give the server's address only (curate sends its"
              + " query's parameters itself)");
    }
    return Optional.empty();
  }

  /** The URL as a message may show it: without any user name or password in it. */
  static String withoutUserInfo(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getRawUserInfo() == null) {
        return url;
      }
      return new URI(
              uri.getScheme(),
              null,
              uri.getHost(),
              uri.getPort(),
              uri.getPath(),
              uri.getQuery(),
              uri.getFragment())
          .toString();
    } catch (Exception e) {
      int at = url.lastIndexOf('@');
      return at < 0 ? url : "…" + url.substring(at);
    }
  }

  private void nonEmpty(List<?> list, String key) {
    if (list == null || list.isEmpty()) {
      fail(key, "must list at least one entry");
    }
  }

  private void range(int value, int min, int max, String key) {
    if (value < min || value > max) {
      fail(key, "must be between " + min + " and " + max + ", got " + value);
    }
  }

  private void positive(Duration d, String key) {
    required(d, key);
    if (d.isZero() || d.isNegative()) {
      fail(key, "must be longer than zero");
    }
  }

  private void weights(String key, double... ws) {
    double sum = 0;
    for (double w : ws) {
      if (w < 0 || Double.isNaN(w) || Double.isInfinite(w)) {
        fail(key, "weights must be zero or more, got " + w);
      }
      sum += w;
    }
    if (sum == 0) {
      fail(key, "at least one weight must be above zero");
    }
  }

  private void weight(double w, String key) {
    if (w < 0 || Double.isNaN(w) || Double.isInfinite(w)) {
      fail(key, "must be zero or more, got " + w);
    }
  }

  private void fail(String key, String problem) {
    throw new ConfigException(originOf(key) + ": key '" + key + "' " + problem);
  }

  /**
   * The user's file when it sets the key. A user's list replaces the default one whole, so a key
   * inside a list ({@code areas[2].slug}) comes from whoever set the list.
   */
  private String originOf(String key) {
    JsonNode node = userTree;
    for (String part : key.split("\\.")) {
      if (node == null || node.isArray()) {
        break;
      }
      node = node.get(part.replaceFirst("\\[\\d+]$", ""));
    }
    return node != null && userTree != null ? userOrigin : ConfigLoader.DEFAULTS_NAME;
  }
}
