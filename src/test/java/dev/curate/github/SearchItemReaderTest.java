package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.model.Repo;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * One item of our real-shaped search page (search-page-2.json, CSAILVision/gandissect, in the shape
 * hub4j/github-api recorded GitHub's answer in
 * src/test/resources/org/kohsuke/github/GHRepositoryTest/wiremock/searchRepositories/__files/2-search_repositories.json,
 * plus the {@code topics} GitHub has sent since), read as it is and spoilt one way at a time.
 */
class SearchItemReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SearchItemReader reader = new SearchItemReader(JSON);

  private static ObjectNode gandissect(Consumer<ObjectNode> spoil) throws Exception {
    ObjectNode item =
        (ObjectNode)
            JSON.readTree(GitHubStubs.fixture("search-page-2.json")).get("items").get(0).deepCopy();
    spoil.accept(item);
    return item;
  }

  /** Why the item was rejected, or empty when it was read. */
  private Optional<String> problem(ObjectNode item) {
    return reader.read(item) instanceof SearchItemReader.Rejected r
        ? Optional.of(r.problem())
        : Optional.empty();
  }

  private SearchItem usable(ObjectNode item) {
    assertThat(reader.read(item)).isInstanceOf(SearchItemReader.Usable.class);
    return ((SearchItemReader.Usable) reader.read(item)).item();
  }

  @Test
  void aRealItemIsBoundByGitHubApiWithItsTopicsAndLicenseFromTheSameNode() throws Exception {
    SearchItem item = usable(gandissect(i -> {}));

    assertThat(item.id()).isEqualTo(159087714L);
    assertThat(item.repository().getFullName()).isEqualTo("CSAILVision/gandissect");
    assertThat(item.repository().getStargazersCount()).isPositive();
    assertThat(item.topics()).containsExactly("gan", "interpretability", "pytorch");
    assertThat(item.license()).isEqualTo(Repo.UNRECOGNISED_LICENSE);
  }

  @Test
  void anItemWithoutTopicsOrLicenseHasNoneRatherThanFailing() throws Exception {
    SearchItem item =
        usable(
            gandissect(
                i -> {
                  i.remove("topics");
                  i.putNull("license");
                }));

    assertThat(item.topics()).isEmpty();
    assertThat(item.license()).isNull();
  }

  @Test
  void aNullTopicIsDroppedAndTheOthersKept() throws Exception {
    SearchItem item =
        usable(gandissect(i -> i.putArray("topics").add("gan").addNull().add("pytorch")));

    assertThat(item.topics()).containsExactly("gan", "pytorch");
  }

  @Test
  void aBoundItemCannotSendARequestForWhatThePageLeftOut() throws Exception {
    SearchItem item = usable(gandissect(i -> {}));

    // github-api would ask GET /repos/{o}/{r}/topics and GET /repos/{o}/{r}/license for these; an
    // item read from a page has no connection behind it, so a mapping that called them fails here.
    assertThatThrownBy(() -> item.repository().listTopics()).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> item.repository().getLicense()).isInstanceOf(IOException.class);
  }

  @Test
  void namesTheNestedFieldThatDoesNotFitItsType() throws Exception {
    assertThat(problem(gandissect(i -> ((ObjectNode) i.get("owner")).put("id", "not a number"))))
        .hasValue("owner.id \"not a number\" does not fit its type");
  }

  @Test
  void topicsOrALicenseOfTheWrongShapeDoNotFitTheirType() throws Exception {
    assertThat(problem(gandissect(i -> i.putObject("topics"))))
        .hasValue("topics {} does not fit its type");
    assertThat(problem(gandissect(i -> i.put("license", 7))))
        .hasValue("license 7 does not fit its type");
  }

  @Test
  void aSearchResultHasNoWatchersRatherThanNone() throws Exception {
    // GitHub's search items carry watchers_count (the star count), never subscribers_count;
    // github-api reads the missing field as 0 watchers.
    assertThat(gandissect(i -> {}).has("subscribers_count")).isFalse();

    assertThat(usable(gandissect(i -> {})).watchers()).isNull();
  }

  @Test
  void aRepositorysOwnAnswerGivesItsWatchers() throws Exception {
    // As GET /repos/{owner}/{repo} answers: subscribers_count beside the search item's fields.
    assertThat(usable(gandissect(i -> i.put("subscribers_count", 88))).watchers()).isEqualTo(88);
    assertThat(problem(gandissect(i -> i.put("subscribers_count", -1))))
        .hasValue("subscribers_count -1 is negative");
    assertThat(problem(gandissect(i -> i.put("subscribers_count", 1e20))))
        .hasValue("subscribers_count 1.0E20 does not fit its type");
  }

  @Test
  void refusesNegativeCountsAndFullNamesThatDisagreeWithOwnerAndName() throws Exception {
    assertThat(problem(gandissect(i -> i.put("forks_count", -3))))
        .hasValue("forks_count -3 is negative");
    assertThat(problem(gandissect(i -> i.put("full_name", "someone-else/gandissect"))))
        .hasValue("full_name \"someone-else/gandissect\" does not match its owner.login and name");
    assertThat(problem(gandissect(i -> i.putNull("owner"))))
        .get()
        .asString()
        .contains("does not match");
  }

  @Test
  void refusesWhatGitHubApiWouldOnlyFailOnLater() throws Exception {
    assertThat(problem(gandissect(i -> i.put("pushed_at", "2018"))))
        .hasValue("pushed_at \"2018\" is not a timestamp");
    assertThat(problem(gandissect(i -> i.put("html_url", "github.com/x"))))
        .hasValue("html_url \"github.com/x\" is not a URL");
  }

  @Test
  void anItemThatIsNotAnObjectHasNoId() {
    assertThat(reader.read(NullNode.getInstance()))
        .isEqualTo(new SearchItemReader.Rejected("a result without an id", "not a JSON object"));
  }

  @Test
  void aShownValueIsShortAndPrintable() {
    assertThat(
            SearchItemReader.shown(
                JSON.getNodeFactory().textNode("\u001B]0;owned\u0007" + "x".repeat(60))))
        .hasSize(41)
        .doesNotContain("\u001B", "\u0007");
  }

  @Test
  void licenseIsTheSpdxIdWhenGitHubKnowsOne() {
    assertThat(new SearchItemReader.License("mit", "MIT License", "MIT").label()).isEqualTo("MIT");
  }

  @Test
  void aLicenseGitHubCannotIdentifyIsKeptAsNoAssertionNotAsItsNameOther() {
    // {"key": "other", "name": "Other", "spdx_id": "NOASSERTION"}, as recorded by hub4j/github-api
    // in
    // src/test/resources/org/kohsuke/github/AppTest/wiremock/testGetMyself/__files/3-user_repos.json
    assertThat(new SearchItemReader.License("other", "Other", "NOASSERTION").label())
        .isEqualTo(Repo.UNRECOGNISED_LICENSE);
    assertThat(new SearchItemReader.License("other", "Other", null).label())
        .isEqualTo(Repo.UNRECOGNISED_LICENSE);
  }

  @Test
  void licenseFallsBackToTheNameForAMissingSpdxId() {
    assertThat(
            new SearchItemReader.License("cc-by-4.0", "Creative Commons Attribution 4.0", null)
                .label())
        .isEqualTo("Creative Commons Attribution 4.0");
  }

  @Test
  void licenseWithNeitherIdNorNameIsNull() {
    assertThat(new SearchItemReader.License(null, null, null).label()).isNull();
  }
}
