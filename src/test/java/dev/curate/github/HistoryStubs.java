package dev.curate.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.curate.model.Repo;
import dev.curate.testing.RepoBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Star-history and stargazer pages on WireMock, in GitHub's shapes and with its Link headers. */
final class HistoryStubs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HistoryStubs() {}

  static String historyPath(String fullName) {
    return "/repos/" + fullName + "/stargazers/history";
  }

  static String stargazersPath(String fullName) {
    return "/repos/" + fullName + "/stargazers";
  }

  /** Every page of the series, and an empty page (Link to the last) for any page past the end. */
  static void history(WireMockExtension wm, String fullName, StarSeries series, int coreLeft) {
    history(wm, fullName, series, coreLeft, null);
  }

  /**
   * As above, but every {@code rel="last"} names page {@code claimedLast} (digits as GitHub would
   * send them).
   */
  static void history(
      WireMockExtension wm, String fullName, StarSeries series, int coreLeft, String claimedLast) {
    List<List<StarWeek>> pages = series.pages();
    int last = Math.max(1, pages.size());
    String lastText = claimedLast == null ? String.valueOf(last) : claimedLast;
    String base = wm.baseUrl() + historyPath(fullName) + "?per_page=30&page=";
    wm.stubFor(
        get(urlPathEqualTo(historyPath(fullName)))
            .atPriority(5)
            .willReturn(
                ok(List.of(), coreLeft).withHeader("Link", links(base, last + 1, last, lastText))));
    for (int p = 1; p <= pages.size(); p++) {
      List<Map<String, Object>> body = new ArrayList<>();
      for (StarWeek w : pages.get(p - 1)) {
        body.add(Map.of("week", w.week(), "total", w.total(), "days", w.days()));
      }
      wm.stubFor(
          get(urlPathEqualTo(historyPath(fullName)))
              .withQueryParam("page", equalTo(String.valueOf(p)))
              .atPriority(1)
              .willReturn(ok(body, coreLeft).withHeader("Link", links(base, p, last, lastText))));
    }
  }

  /** The stargazer list ({@code star+json}) of these star times, oldest first, 100 a page. */
  static void stargazers(WireMockExtension wm, String fullName, List<Instant> stars) {
    int pages = Math.max(1, (stars.size() + 99) / 100);
    String base = wm.baseUrl() + stargazersPath(fullName) + "?per_page=100&page=";
    for (int p = 1; p <= pages; p++) {
      List<Map<String, Object>> body = new ArrayList<>();
      for (Instant at : stars.subList((p - 1) * 100, Math.min(stars.size(), p * 100))) {
        body.add(
            Map.of(
                "starred_at",
                at.toString(),
                "user",
                Map.of("login", "octocat", "id", 1, "type", "User")));
      }
      wm.stubFor(
          get(urlPathEqualTo(stargazersPath(fullName)))
              .withQueryParam("page", equalTo(String.valueOf(p)))
              .withHeader("Accept", equalTo(StarGainMeter.STAR_JSON))
              .willReturn(
                  ok(body, 4000).withHeader("Link", links(base, p, pages, String.valueOf(pages)))));
    }
  }

  static void status(WireMockExtension wm, String path, int status, String message) {
    wm.stubFor(
        get(urlPathEqualTo(path))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withHeader("x-ratelimit-remaining", "4000")
                    .withHeader("x-ratelimit-resource", "core")
                    .withBody(
                        "{\"message\":\""
                            + message
                            + "\",\"documentation_url\":\"https://docs.github.com/rest\"}")));
  }

  static Repo repo(long id, String fullName, int stars, String createdAt) {
    String name = fullName.split("/")[1];
    return RepoBuilder.repo(fullName)
        .id(id)
        .description("about " + name)
        .stars(stars)
        .forks(stars / 10)
        .createdAt(createdAt)
        .fetchedAt(GitHubStubs.SERVER_NOW)
        .build();
  }

  private static ResponseDefinitionBuilder ok(Object body, int coreLeft) {
    try {
      return aResponse()
          .withStatus(200)
          .withHeader("Content-Type", "application/json; charset=utf-8")
          .withHeader("x-ratelimit-limit", "5000")
          .withHeader("x-ratelimit-remaining", String.valueOf(coreLeft))
          .withHeader(
              "x-ratelimit-reset",
              String.valueOf(GitHubStubs.SERVER_NOW.plusSeconds(3600).getEpochSecond()))
          .withHeader("x-ratelimit-resource", "core")
          .withBody(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String links(String base, int page, int last, String lastText) {
    List<String> links = new ArrayList<>();
    if (page < last) {
      links.add("<" + base + (page + 1) + ">; rel=\"next\"");
    }
    links.add("<" + base + lastText + ">; rel=\"last\"");
    if (page > 1) {
      links.add("<" + base + "1>; rel=\"first\"");
      links.add("<" + base + Math.min(page - 1, last) + ">; rel=\"prev\"");
    }
    return String.join(", ", links);
  }
}
