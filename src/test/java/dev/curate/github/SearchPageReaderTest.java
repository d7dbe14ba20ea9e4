package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.curate.model.Repo;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Search pages in GitHub's shape, headers included, as hub4j/github-api recorded one in
 * src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/searchRepositories/ ({@code
 * __files/2-search_repositories.json}: {@code total_count}, {@code incomplete_results}, {@code
 * items} with {@code license} an object or null; {@code mappings/2-search_repositories.json}:
 * {@code Content-Type: application/json; charset=utf-8} and {@code Link: <…&page=2>; rel="next",
 * <…&page=34>; rel="last"}). The bodies are our fixtures.
 */
class SearchPageReaderTest {
  private static final HttpUrl PAGE_2 =
      HttpUrl.get(
          "https://api.github.com/search/repositories?q=topic%3Adeep-learning+created%3A2018-11-01..2018-11-30"
              + "&sort=stars&order=desc&per_page=3&page=2");
  private static final String JSON = "application/json; charset=utf-8";

  private final SearchPageReader reader = new SearchPageReader();

  private static GitHubRest.Answer answer(String contentType, String body, String link) {
    Headers.Builder headers =
        new Headers.Builder()
            .add("Content-Type", contentType)
            .add("X-RateLimit-Resource", "search")
            .add("X-GitHub-Request-Id", GitHubStubs.REQUEST_ID);
    if (link != null) {
      headers.add("Link", link);
    }
    return new GitHubRest.Answer(200, headers.build(), body, PAGE_2);
  }

  private static String link(int next) {
    String base =
        "https://api.github.com/search/repositories?q=topic%3Adeep-learning+created%3A2018-11-01..2018-11-30"
            + "&sort=stars&order=desc&per_page=3&page=";
    return "<"
        + base
        + "1>; rel=\"prev\", <"
        + base
        + next
        + ">; rel=\"next\", <"
        + base
        + next
        + ">; rel=\"last\", <"
        + base
        + "1>; rel=\"first\"";
  }

  private String unreadable(GitHubRest.Answer answer) {
    return catchThrowableOfType(SearchPageReader.Unreadable.class, () -> reader.read(answer))
        .getMessage();
  }

  @Test
  void readsTheCountsTheItemsWithTheirTopicsAndLicenseAndTheNextPageFromOneAnswer()
      throws Exception {
    SearchPage page = reader.read(answer(JSON, GitHubStubs.fixture("search-page-2.json"), link(3)));

    assertThat(page.totalCount()).isEqualTo(7);
    assertThat(page.incomplete()).isFalse();
    assertThat(page.items())
        .extracting(SearchItem::id)
        .containsExactly(159087714L, 158672321L, 158005342L);
    assertThat(page.items().get(0).topics()).containsExactly("gan", "interpretability", "pytorch");
    assertThat(page.items().get(0).license()).isEqualTo(Repo.UNRECOGNISED_LICENSE);
    assertThat(page.items().get(2).license()).isEqualTo("Apache-2.0");
    assertThat(page.items().get(2).repository().getFullName()).isEqualTo("zhaoyi-ai/zh-NER-tf");
    assertThat(page.rejected()).isEmpty();
    assertThat(page.next())
        .hasValueSatisfying(next -> assertThat(next.queryParameter("page")).isEqualTo("3"));
  }

  @Test
  void theLastPageNamesNoNextPage() throws Exception {
    SearchPage page = reader.read(answer(JSON, GitHubStubs.fixture("search-page-3.json"), null));

    assertThat(page.next()).isEmpty();
    assertThat(page.items()).isNotEmpty();
  }

  @Test
  void aPageWithoutIncompleteResultsIsComplete() throws Exception {
    SearchPage page = reader.read(answer(JSON, "{\"total_count\":0,\"items\":[]}", null));

    assertThat(page.incomplete()).isFalse();
    assertThat(page.isEmpty()).isTrue();
  }

  @Test
  void unusableItemsAreLeftOutAndNamedWhileTheRestOfThePageIsRead() throws Exception {
    SearchPage page =
        reader.read(answer(JSON, GitHubStubs.fixture("search-page-malformed-items.json"), null));

    assertThat(page.items())
        .extracting(i -> i.repository().getFullName())
        .containsExactly("CSAILVision/gandissect", "zhaoyi-ai/zh-NER-tf");
    assertThat(page.rejected())
        .extracting(SearchItemReader.Rejected::item)
        .containsExactly("id 158672321", "id 160000001", "a result without an id", "id 160000003");
    assertThat(page.isEmpty()).isFalse();
  }

  @Test
  void anHtmlPageIsUnreadableInOneLineNamingTheRequestAndTheType() {
    String message =
        unreadable(
            answer("text/html; charset=utf-8", GitHubStubs.fixture("captive-portal.html"), null));

    assertThat(message)
        .startsWith(
            "expected JSON from GET /search/repositories, got text/html (first 80 chars: <!DOCTYPE html>")
        .doesNotContain("\n");
  }

  @Test
  void aCutBodyIsMalformedJsonWithoutJacksonsMessage() {
    String message =
        unreadable(
            answer(
                JSON,
                "{\"total_count\": 3, \"incomplete_results\": false, \"items\": [{\"id\": 1",
                null));

    assertThat(message)
        .startsWith(
            "malformed JSON from GET /search/repositories (first 80 chars: {\"total_count\": 3")
        .doesNotContain("com.fasterxml", "line:");
  }

  @Test
  void jsonOfAnotherShapeHasNoItems() {
    assertThat(unreadable(answer(JSON, GitHubStubs.fixture("bad-credentials.json"), null)))
        .isEqualTo("malformed JSON from GET /search/repositories: no \"items\" array");
  }

  @Test
  void pageCountsOfTheWrongKindFailThePage() {
    assertThat(
            unreadable(
                answer(
                    JSON,
                    "{\"total_count\": 1e20, \"incomplete_results\": false, \"items\": []}",
                    null)))
        .startsWith("malformed JSON from GET /search/repositories (first 80 chars: ");
    assertThat(
            unreadable(
                answer(
                    JSON,
                    "{\"total_count\": 3, \"incomplete_results\": \"maybe\", \"items\": []}",
                    null)))
        .startsWith("malformed JSON from GET /search/repositories (first 80 chars: ");
  }

  @Test
  void aNextLinkThatIsNoUrlFailsThePageRatherThanEndingTheSearchEarly() {
    assertThat(
            unreadable(
                answer(
                    JSON,
                    GitHubStubs.fixture("search-page-2.json"),
                    "</search/repositories?page=3>; rel=\"next\"")))
        .isEqualTo(
            "malformed Link header from GET /search/repositories: rel=\"next\" is no URL (/search/repositories?page=3)");
  }
}
