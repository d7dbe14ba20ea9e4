package dev.curate.github;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.curate.model.Repo;
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
     * The SPDX id where GitHub knows one. A license GitHub cannot identify comes as
     * {@code "key": "other", "name": "Other", "spdx_id": "NOASSERTION"}; its name says nothing
     * ("Java · Other" in a draft), so it is kept as {@link Repo#UNRECOGNISED_LICENSE} and the
     * draft words it. Otherwise the name, for a license without an SPDX id.
     */
    String label() {
      if (Repo.UNRECOGNISED_LICENSE.equals(spdxId) || "other".equals(key)) {
        return Repo.UNRECOGNISED_LICENSE;
      }
      if (spdxId != null && !spdxId.isBlank()) {
        return spdxId;
      }
      return name == null || name.isBlank() ? null : name;
    }
  }
}
