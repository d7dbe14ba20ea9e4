package dev.curate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** How a request sent is recognised as a planned one, placeholders and all. */
class PlannedRequestTest {
  private static final Purpose ANY = Purpose.of(Purpose.Kind.SEARCH, "topic:nlp");

  private static PlannedRequest get(String template) {
    return PlannedRequest.get(HttpUrl.get(template), ANY);
  }

  private static PlannedRequest search() {
    return PlannedRequest.get(
        HttpUrl.get("https://api.github.com/search/repositories")
            .newBuilder()
            .addQueryParameter("q", "topic:nlp created:{range}")
            .addQueryParameter("sort", "stars")
            .addQueryParameter("page", "{page}")
            .build(),
        ANY);
  }

  @Test
  void placeholdersInPathSegmentsAndQueryValuesMatchWhatTheAnswersFilledIn() {
    assertThat(
            get("https://api.github.com/repos/{owner}/{repo}/stargazers/history?per_page=30&page={page}")
                .matches(
                    "GET",
                    HttpUrl.get(
                        "https://api.github.com/repos/openai/spinningup/stargazers/history?per_page=30&page=14")))
        .isTrue();
    assertThat(
            search()
                .matches(
                    "GET",
                    HttpUrl.get(
                        "https://api.github.com/search/repositories?q=topic%3Anlp%20created%3A2018-11-01..2018-11-15&sort=stars&page=2")))
        .isTrue();
  }

  @Test
  void aParameterWhoseWholeValueIsAPlaceholderMayBeAbsentAsOnAFirstPage() {
    assertThat(
            search()
                .matches(
                    "GET",
                    HttpUrl.get(
                        "https://api.github.com/search/repositories?q=topic%3Anlp%20created%3A2018-11-01..2018-11-30&sort=stars")))
        .isTrue();
    assertThat(
            search()
                .matches(
                    "GET",
                    HttpUrl.get(
                        "https://api.github.com/search/repositories?q=topic%3Anlp%20created%3A2018-11-01..2018-11-30&page=2")))
        .as("sort is no placeholder: it must be sent")
        .isFalse();
  }

  @Test
  void aPlusInANextLinksQueryIsASpaceAsGitHubWritesIt() {
    assertThat(
            search()
                .matches(
                    "GET",
                    HttpUrl.get(
                        "https://api.github.com/search/repositories?q=topic%3Anlp+created%3A2018-11-01..2018-11-30&sort=stars&page=2")))
        .isTrue();
  }

  @Test
  void anotherValueMethodPathOriginOrAnExtraParameterIsAnotherRequest() {
    PlannedRequest readme = get("https://api.github.com/repos/{owner}/{repo}/readme");
    HttpUrl sent = HttpUrl.get("https://api.github.com/repos/openai/spinningup/readme");
    assertThat(readme.matches("GET", sent)).isTrue();
    assertThat(readme.matches("POST", sent)).isFalse();
    assertThat(readme.matches("GET", HttpUrl.get("https://api.github.com/repos/openai/readme")))
        .isFalse();
    assertThat(
            readme.matches(
                "GET", HttpUrl.get("https://api.github.com/repos/openai/spinningup/topics")))
        .isFalse();
    assertThat(readme.matches("GET", HttpUrl.get("http://api.github.com/repos/o/r/readme")))
        .isFalse();
    assertThat(readme.matches("GET", HttpUrl.get("https://api.github.com:8443/repos/o/r/readme")))
        .isFalse();
    assertThat(readme.matches("GET", HttpUrl.get("https://api.github.com/repos/o/r/readme?ref=x")))
        .isFalse();
    assertThat(
            search()
                .matches(
                    "GET",
                    HttpUrl.get(
                        "https://api.github.com/search/repositories?q=topic%3Agan%20created%3A2018-11&sort=stars")))
        .as("the text around a placeholder must be as planned")
        .isFalse();
  }

  @Test
  void aPostCarriesItsBodyForDisplay() {
    PlannedRequest token =
        PlannedRequest.post(
            HttpUrl.get("https://www.reddit.com/api/v1/access_token"),
            "grant_type=client_credentials",
            Purpose.of(Purpose.Kind.TOKEN));
    assertThat(token.body()).contains("grant_type=client_credentials");
    assertThat(token.matches("POST", HttpUrl.get("https://www.reddit.com/api/v1/access_token")))
        .isTrue();
  }
}
