package dev.curate.github;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.http.ResponseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Reads one answer of GitHub's "Search repositories" endpoint
 * (https://docs.github.com/en/rest/search/search#search-repositories) into a {@link SearchPage},
 * parsing it once: the page's counts, each item through {@link SearchItemReader} (github-api's
 * binding plus the topics and license from the same node), and the next page from the {@code Link}
 * header.
 *
 * <p>An answer that is not a search page at all (a captive portal, a proxy's error page, a cut
 * body, JSON of another shape) is {@link Unreadable}, with a message that says so in one line; one
 * bad item is not: it is left out and named.
 */
final class SearchPageReader {
  private static final int PREVIEW = 80;

  private final ObjectMapper json = new ObjectMapper();
  private final SearchItemReader items = new SearchItemReader(json);

  /** What is wrong with an answer as a whole, in a line fit for the user. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  SearchPage read(GitHubRest.Answer answer) throws Unreadable {
    String what = "GET " + answer.url().encodedPath();
    String contentType = answer.header("Content-Type") == null ? "" : answer.header("Content-Type");
    if (!contentType.toLowerCase(Locale.ROOT).contains("json")) {
      String type = contentType.isBlank() ? "no content type" : contentType.split(";")[0].trim();
      throw new Unreadable(
          "expected JSON from " + what + ", got " + type + " (" + preview(answer) + ")");
    }
    JsonNode page;
    try {
      page = json.readTree(answer.body());
    } catch (JacksonException e) {
      // Jackson's own message holds a source excerpt and a stack of locations: too much for one
      // line.
      throw malformed(what, answer);
    }
    if (page == null || !page.isObject() || !page.path("items").isArray()) {
      throw new Unreadable("malformed JSON from " + what + ": no \"items\" array");
    }
    // total_count and incomplete_results are the page's own: a bad one fails the page.
    JsonNode totalCount = page.get("total_count");
    JsonNode incomplete = page.get("incomplete_results");
    boolean countOk = isAbsent(totalCount) || totalCount.isNumber() && totalCount.canConvertToInt();
    if (!countOk || !(isAbsent(incomplete) || incomplete.isBoolean())) {
      throw malformed(what, answer);
    }
    List<SearchItem> usable = new ArrayList<>();
    List<SearchItemReader.Rejected> rejected = new ArrayList<>();
    for (JsonNode item : page.get("items")) {
      SearchItemReader.Read read = items.read(item);
      if (read instanceof SearchItemReader.Usable u) {
        usable.add(u.item());
      } else {
        rejected.add((SearchItemReader.Rejected) read);
      }
    }
    return new SearchPage(
        isAbsent(totalCount) ? 0 : totalCount.asInt(),
        !isAbsent(incomplete) && incomplete.asBoolean(),
        usable,
        rejected,
        next(what, answer));
  }

  /**
   * GitHub's next page, only ever as an absolute URL: a relative or broken one names no page curate
   * can ask for.
   */
  private static Optional<HttpUrl> next(String what, GitHubRest.Answer answer) throws Unreadable {
    Optional<String> next = LinkHeader.next(answer.header("Link"));
    if (next.isEmpty()) {
      return Optional.empty();
    }
    HttpUrl url = HttpUrl.parse(next.get());
    if (url == null) {
      throw new Unreadable(
          "malformed Link header from "
              + what
              + ": rel=\"next\" is no URL ("
              + ResponseText.preview(next.get(), PREVIEW)
              + ")");
    }
    return Optional.of(url);
  }

  private static boolean isAbsent(JsonNode value) {
    return value == null || value.isNull();
  }

  private static Unreadable malformed(String what, GitHubRest.Answer answer) {
    return new Unreadable("malformed JSON from " + what + " (" + preview(answer) + ")");
  }

  private static String preview(GitHubRest.Answer answer) {
    return "first " + PREVIEW + " chars: " + ResponseText.preview(answer.body(), PREVIEW);
  }
}
