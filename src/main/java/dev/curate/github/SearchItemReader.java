package dev.curate.github;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.curate.http.ResponseText;
import dev.curate.model.Repo;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;

/**
 * Reads one item of a search page into a {@link SearchItem}, or says why curate cannot use it. A
 * repository's own answer ({@code GET /repos/{owner}/{repo}}, {@link RepositoryLookup}) has a
 * search item's fields and a few more, and is read the same way.
 *
 * <p>github-api binds the repository, with its own {@link ObjectReader}, as it binds the items of
 * the pages it fetches itself. That reader has no connection behind it ({@link GitHub#offline()}),
 * so nothing read from a search page can send a request. The same item node gives what {@code
 * GHRepository} 1.330 does not keep or would fetch: {@code topics} and {@code license}, and the
 * watchers ({@code subscribers_count}) where the answer has them.
 *
 * <p>Each item is judged on its own, so one absurd value ({@code "stargazers_count": 1e20}) costs
 * that item, not its page. Besides fitting github-api's types and ours, an item must have what the
 * mapping and the rest of curate rely on: an id, an {@code owner/name} by GitHub's rules ({@link
 * RepoName}), counts that are not negative, parseable dates and URL (github-api parses those only
 * when asked, so a bad one would fail the mapping later).
 */
final class SearchItemReader {
  private static final List<String> COUNTS =
      List.of("stargazers_count", "forks_count", "open_issues_count", "subscribers_count");
  private static final List<String> DATES = List.of("created_at", "updated_at", "pushed_at");

  private final ObjectReader gitHubApi =
      GitHub.getMappingObjectReader().forType(GHRepository.class);
  private final ObjectMapper json;

  SearchItemReader(ObjectMapper json) {
    this.json = json;
  }

  /** What reading one item gave. */
  sealed interface Read permits Usable, Rejected {}

  record Usable(SearchItem item) implements Read {}

  /**
   * @param item how a warning names it: its id when it has one, else that it has none
   */
  record Rejected(String item, String problem) implements Read {}

  /**
   * The parts of an item github-api does not give without a request per repository, or gives as 0
   * when absent: {@code subscribers_count} is only in a repository's own answer, never in a search
   * result, and must then read as unknown.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Extras(
      @JsonProperty("topics") List<String> topics,
      @JsonProperty("license") License license,
      @JsonProperty("subscribers_count") Integer subscribersCount) {}

  /**
   * A search item's {@code license}:
   * https://docs.github.com/en/rest/search/search#search-repositories
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record License(
      @JsonProperty("key") String key,
      @JsonProperty("name") String name,
      @JsonProperty("spdx_id") String spdxId) {

    /**
     * The SPDX id where GitHub knows one. A license GitHub cannot identify comes as {@code "key":
     * "other", "name": "Other", "spdx_id": "NOASSERTION"}; its name says nothing ("Java · Other" in
     * a draft), so it is kept as {@link Repo#UNRECOGNISED_LICENSE} and the draft words it.
     * Otherwise the name, for a license without an SPDX id.
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

  Read read(JsonNode item) {
    JsonNode id = item == null ? null : item.get("id");
    String name =
        id != null && id.isIntegralNumber() && id.canConvertToLong()
            ? "id " + id.asLong()
            : "a result without an id";
    if (item == null || !item.isObject()) {
      return new Rejected(name, "not a JSON object");
    }
    if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
      return new Rejected(name, "id " + shown(id) + " is not a repository id");
    }
    GHRepository repository;
    Extras extras;
    try {
      repository = gitHubApi.readValue(item);
      extras = json.treeToValue(item, Extras.class);
    } catch (IOException | RuntimeException e) {
      return new Rejected(name, doesNotFit(item, e));
    }
    Optional<String> problem = valueProblem(item);
    if (problem.isPresent()) {
      return new Rejected(name, problem.get());
    }
    List<String> topics =
        extras.topics() == null
            ? List.of()
            : extras.topics().stream().filter(Objects::nonNull).toList();
    return new Usable(
        new SearchItem(
            repository,
            topics,
            extras.license() == null ? null : extras.license().label(),
            extras.subscribersCount()));
  }

  /** What the types allow but curate cannot use. */
  private static Optional<String> valueProblem(JsonNode item) {
    Optional<String> name = nameProblem(item);
    if (name.isPresent()) {
      return name;
    }
    for (String count : COUNTS) {
      if (item.path(count).asLong(0) < 0) {
        return Optional.of(count + " " + shown(item.get(count)) + " is negative");
      }
    }
    for (String date : DATES) {
      JsonNode value = item.get(date);
      if (value != null && !value.isNull() && !isTimestamp(value)) {
        return Optional.of(date + " " + shown(value) + " is not a timestamp");
      }
    }
    JsonNode htmlUrl = item.get("html_url");
    if (htmlUrl != null && !htmlUrl.isNull() && !isUrl(htmlUrl)) {
      return Optional.of("html_url " + shown(htmlUrl) + " is not a URL");
    }
    return Optional.empty();
  }

  /** Jackson's verdict, github-api's and ours (topics, license), without Jackson's long message. */
  private static String doesNotFit(JsonNode item, Exception e) {
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      return "a value of the wrong type";
    }
    StringBuilder path = new StringBuilder();
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference ref : m.getPath()) {
      String step =
          ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex());
      path.append(path.length() == 0 ? "" : ".").append(step);
      pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
    }
    JsonNode value = item.at(pointer.toString());
    return path + " " + shown(value.isMissingNode() ? null : value) + " does not fit its type";
  }

  /**
   * {@code full_name} must be a valid owner/name and agree with {@code owner.login} and {@code
   * name}.
   */
  private static Optional<String> nameProblem(JsonNode item) {
    JsonNode fullName = item.get("full_name");
    Optional<RepoName> parsed =
        fullName != null && fullName.isTextual()
            ? RepoName.parse(fullName.asText())
            : Optional.empty();
    if (parsed.isEmpty()) {
      return Optional.of("full_name " + shown(fullName) + " is not owner/name by GitHub's rules");
    }
    if (!parsed.get().owner().equals(item.path("owner").path("login").asText(null))
        || !parsed.get().name().equals(item.path("name").asText(null))) {
      return Optional.of(
          "full_name " + shown(fullName) + " does not match its owner.login and name");
    }
    return Optional.empty();
  }

  private static boolean isTimestamp(JsonNode value) {
    if (!value.isTextual()) {
      return false;
    }
    try {
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value.asText());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isUrl(JsonNode value) {
    try {
      new URL(value.asText());
      return value.isTextual();
    } catch (MalformedURLException e) {
      return false;
    }
  }

  /** A value as a warning may show it: short, on one line, nothing that could steer a terminal. */
  static String shown(JsonNode value) {
    if (value == null) {
      return "(missing)";
    }
    return ResponseText.printable(value.toString(), 40);
  }
}
