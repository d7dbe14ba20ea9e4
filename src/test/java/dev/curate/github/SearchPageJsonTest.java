package dev.curate.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SearchPageJsonTest {
  @Test
  void licenseIsTheSpdxIdWhenGitHubKnowsOne() {
    assertThat(new SearchPageJson.License("mit", "MIT License", "MIT").label()).isEqualTo("MIT");
  }

  @Test
  void licenseFallsBackToTheNameForNoAssertion() {
    assertThat(new SearchPageJson.License("other", "Other", "NOASSERTION").label()).isEqualTo("Other");
  }

  @Test
  void licenseFallsBackToTheNameForAMissingSpdxId() {
    assertThat(new SearchPageJson.License("cc-by-4.0", "Creative Commons Attribution 4.0", null).label())
        .isEqualTo("Creative Commons Attribution 4.0");
  }

  @Test
  void licenseWithNeitherIsNull() {
    assertThat(new SearchPageJson.License("other", null, "NOASSERTION").label()).isNull();
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
  }
}
