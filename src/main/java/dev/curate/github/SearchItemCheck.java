package dev.curate.github;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.curate.http.ResponseText;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;

/**
 * Whether one item of a search page is a repository curate can use, before github-api sees the
 * page: github-api binds the whole page with Jackson, so a single absurd value
 * ({@code "stargazers_count": 1e20}) fails every repository on it, and it parses dates and URLs
 * only when asked, so a bad one would fail the mapping later. The item is read here exactly as
 * github-api will read it (its own {@link ObjectReader}), then checked for what the mapping and
 * the rest of curate rely on: an id, an {@code owner/name} by GitHub's rules ({@link RepoName}),
 * counts that are not negative, parseable dates and URL.
 */
final class SearchItemCheck {
  private static final List<String> COUNTS = List.of("stargazers_count", "forks_count", "open_issues_count");
  private static final List<String> DATES = List.of("created_at", "updated_at", "pushed_at");

  private final ObjectReader gitHubApi = GitHub.getMappingObjectReader().forType(GHRepository.class);
  private final ObjectMapper json;

  /** @param json the mapper that reads the page into {@link SearchPageJson} */
  SearchItemCheck(ObjectMapper json) {
    this.json = json;
  }

  /** @param item how a warning names it: its id when it has one, else its place on the page */
  record Rejected(String item, String problem) {}

  /** Why the item cannot be used, or empty when it is fit to use. */
  Optional<Rejected> rejected(JsonNode item) {
    JsonNode id = item == null ? null : item.get("id");
    String name = id != null && id.isIntegralNumber() && id.canConvertToLong() ? "id " + id.asLong() : "a result without an id";
    return problem(item).map(p -> new Rejected(name, p));
  }

  /** What is wrong with the item, or empty when it is fit to use. */
  Optional<String> problem(JsonNode item) {
    if (item == null || !item.isObject()) {
      return Optional.of("not a JSON object");
    }
    JsonNode id = item.get("id");
    if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
      return Optional.of("id " + shown(id) + " is not a repository id");
    }
    Optional<String> unreadable = unreadable(item);
    if (unreadable.isPresent()) {
      return unreadable;
    }
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
  private Optional<String> unreadable(JsonNode item) {
    try {
      gitHubApi.readValue(item);
      json.treeToValue(item, SearchPageJson.Item.class);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
        return Optional.of("a value of the wrong type");
      }
      StringBuilder path = new StringBuilder();
      StringBuilder pointer = new StringBuilder();
      for (JsonMappingException.Reference ref : m.getPath()) {
        String step = ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex());
        path.append(path.length() == 0 ? "" : ".").append(step);
        pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
      }
      JsonNode value = item.at(pointer.toString());
      return Optional.of(path + " " + shown(value.isMissingNode() ? null : value) + " does not fit its type");
    }
  }

  /** {@code full_name} must be a valid owner/name and agree with {@code owner.login} and {@code name}. */
  private static Optional<String> nameProblem(JsonNode item) {
    JsonNode fullName = item.get("full_name");
    Optional<RepoName> parsed = fullName != null && fullName.isTextual() ? RepoName.parse(fullName.asText()) : Optional.empty();
    if (parsed.isEmpty()) {
      return Optional.of("full_name " + shown(fullName) + " is not owner/name by GitHub's rules");
    }
    if (!parsed.get().owner().equals(item.path("owner").path("login").asText(null))
        || !parsed.get().name().equals(item.path("name").asText(null))) {
      return Optional.of("full_name " + shown(fullName) + " does not match its owner.login and name");
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
