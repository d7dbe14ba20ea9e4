package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.model.Repo;
import org.junit.jupiter.api.Test;

class SearchPageJsonTest {
  @Test
  void licenseIsTheSpdxIdWhenGitHubKnowsOne() {
    assertThat(new SearchPageJson.License("mit", "MIT License", "MIT").label()).isEqualTo("MIT");
  }

  @Test
  void aLicenseGitHubCannotIdentifyIsKeptAsNoAssertionNotAsItsNameOther() {
    // {"key": "other", "name": "Other", "spdx_id": "NOASSERTION"}, as recorded by hub4j/github-api in
    // src/test/resources/org/kohsuke/github/AppTest/wiremock/testGetMyself/__files/3-user_repos.json
    assertThat(new SearchPageJson.License("other", "Other", "NOASSERTION").label()).isEqualTo(Repo.UNRECOGNISED_LICENSE);
    assertThat(new SearchPageJson.License("other", "Other", null).label()).isEqualTo(Repo.UNRECOGNISED_LICENSE);
  }

  @Test
  void licenseFallsBackToTheNameForAMissingSpdxId() {
    assertThat(new SearchPageJson.License("cc-by-4.0", "Creative Commons Attribution 4.0", null).label())
        .isEqualTo("Creative Commons Attribution 4.0");
  }

  @Test
  void licenseWithNeitherIdNorNameIsNull() {
    assertThat(new SearchPageJson.License(null, null, null).label()).isNull();
  }

  @Test
  void readsTopicsAndLicenseFromARealSearchPageAndIgnoresTheRest() throws Exception {
    SearchPageJson page = new ObjectMapper().readValue(GitHubStubs.fixture("search-page-2.json"), SearchPageJson.class);

    assertThat(page.totalCount()).isEqualTo(7);
    assertThat(page.incompleteResults()).isFalse();
    assertThat(page.items()).extracting(SearchPageJson.Item::id)
        .containsExactly(159087714L, 158672321L, 158005342L);
    assertThat(page.items().get(0).topics()).containsExactly("gan", "interpretability", "pytorch");
    assertThat(page.items().get(2).license().label()).isEqualTo("Apache-2.0");
    assertThat(page.items().get(0).license().label()).isEqualTo(Repo.UNRECOGNISED_LICENSE);
  }
}
