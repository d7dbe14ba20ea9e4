package dev.curate.cli;

import dev.curate.workflow.FetchPlan;
import dev.curate.workflow.FetchPlan.GitHubPlan;
import dev.curate.workflow.FetchPlan.RedditPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Prints a {@link FetchPlan} for {@code fetch --dry-run}: one request line per query or listing.
 */
final class FetchPlanText {
  private FetchPlanText() {}

  static void print(FetchPlan plan, PrintWriter out) {
    out.println(
        "Plan for curate fetch --month "
            + plan.month()
            + " ("
            + plan.month().isoDateRange()
            + " UTC); dry run: no requests are made and nothing is written");
    plan.github().ifPresent(g -> github(g, out));
    plan.reddit().ifPresent(r -> reddit(r, out));
    out.flush();
  }

  private static void github(GitHubPlan g, PrintWriter out) {
    out.println();
    out.println(
        "GitHub search via "
            + g.apiUrl()
            + ", "
            + g.tokenVariable().map(v -> "token from " + v).orElse("no token (unauthenticated)"));
    for (FetchPlan.Search s : g.searches()) {
      HttpUrl url =
          HttpUrl.get(g.apiUrl() + "/search/repositories")
              .newBuilder()
              .addQueryParameter("q", s.q())
              .addQueryParameter("sort", "stars")
              .addQueryParameter("order", "desc")
              .addQueryParameter("per_page", Integer.toString(s.perPage()))
              .build();
      out.println("  GET " + pathAndQuery(url) + "  (" + pages(s.maxPages()) + ")");
      out.println("      q: " + s.q());
    }
    out.println(
        String.format(
            Locale.ROOT,
            "  total: at most %d search requests; GitHub allows %d searches a minute %s,"
                + " so curate spaces them %s apart: at least %s",
            g.maxRequests(),
            g.perMinute(),
            g.tokenVariable().isPresent() ? "with a token" : "without a token",
            duration(Duration.ofMinutes(1).dividedBy(g.perMinute())),
            duration(g.leastTime())));
    FetchPlan.StarGainPlan stars = g.starGains();
    if (stars.newRepos() + stars.trendingRepos() > 0) {
      out.println(
          "  GET /repos/{owner}/{repo}/stargazers/history?per_page=30&page=N  (stars gained in the month)");
      out.println(
          String.format(
              Locale.ROOT,
              "      for up to %d repositories (%d new + %d trending, most-starred first): usually 1-3 core requests"
                  + " each, at most %d; stops when fewer than %d core requests are left",
              stars.newRepos() + stars.trendingRepos(),
              stars.newRepos(),
              stars.trendingRepos(),
              stars.maxPerRepo(),
              stars.keepCoreRequests()));
    }
  }

  private static void reddit(RedditPlan r, PrintWriter out) {
    out.println();
    out.println("Reddit source: " + r.source());
    for (Path dump : r.dumps()) {
      out.println("  read " + dump + " (posts of the month from the configured subreddits)");
    }
    for (FetchPlan.ArchiveRead a : r.archive()) {
      out.println(
          "  GET "
              + a.search()
              + "  (as many pages as r/"
              + a.subreddit()
              + " has posts, 100 each)");
      out.println("  GET " + a.postCount() + "  (1 request)");
    }
    out.println(
        r.oauth()
            ? "Reddit via "
                + r.apiUrl()
                + ", application-only OAuth ("
                + dev.curate.config.RedditCredentials.CLIENT_ID
                + ")"
            : "Reddit public API via " + r.apiUrl() + ", no OAuth");
    r.tokenUrl()
        .ifPresent(
            t -> out.println("  POST " + t + "  (grant_type=client_credentials; 1 request)"));
    for (FetchPlan.Listing l : r.listings()) {
      out.println(
          "  GET "
              + l.path()
              + "?t="
              + l.window()
              + "&limit="
              + l.pageSize()
              + "&raw_json=1  ("
              + pages(l.maxPages())
              + ", t="
              + l.window()
              + ")");
    }
    if (r.refreshRequests() > 0) {
      out.println(
          "  GET "
              + (r.oauth() ? "/api/info" : "/api/info.json")
              + "?id=t3_...&raw_json=1  (up to "
              + r.refreshRequests()
              + " requests, 100 threads each: current score and comments, reddit.refreshTop)");
    }
    out.println(
        String.format(
            Locale.ROOT,
            "  total: at most %d requests; Reddit allows %d a minute %s: at least %s",
            r.maxRequests(),
            r.perMinute(),
            r.oauth() ? "with OAuth" : "without OAuth",
            duration(r.leastTime())));
  }

  private static String pathAndQuery(HttpUrl url) {
    return url.encodedPath() + "?" + url.encodedQuery();
  }

  private static String pages(int n) {
    return "up to " + n + (n == 1 ? " page" : " pages");
  }

  private static String duration(Duration d) {
    long s = d.toSeconds();
    long ms = d.toMillis() % 1000;
    if (s < 60) {
      return ms == 0 ? s + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
    return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
  }
}
