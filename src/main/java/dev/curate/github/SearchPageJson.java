package dev.curate.github;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The parts of a "Search repositories" page that github-api 1.330 reads but does not expose
 * without another request per repository: {@code topics} (its {@code listTopics()} calls
 * {@code GET /repos/{o}/{r}/topics}) and {@code license} (its {@code getLicense()} calls
 * {@code GET /repos/{o}/{r}/license}). Shape:
 * https://docs.github.com/en/rest/search/search#search-repositories
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SearchPageJson(
    @JsonProperty("total_count") int totalCount,
    @JsonProperty("incomplete_results") boolean incompleteResults,
    @JsonProperty("items") List<Item> items) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Item(
      @JsonProperty("id") long id,
      @JsonProperty("topics") List<String> topics,
      @JsonProperty("license") License license) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record License(
      @JsonProperty("key") String key,
      @JsonProperty("name") String name,
      @JsonProperty("spdx_id") String spdxId) {

    /**
     * The SPDX id where GitHub knows one; for licenses it cannot identify GitHub sends
     * {@code "spdx_id": "NOASSERTION"} (key {@code other}), and then the name says more.
     */
    String label() {
      if (spdxId != null && !spdxId.isBlank() && !"NOASSERTION".equals(spdxId)) {
        return spdxId;
      }
      return name == null || name.isBlank() ? null : name;
    }
  }
}
