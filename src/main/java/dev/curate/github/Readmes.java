package dev.curate.github;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.http.ResponseText;
import dev.curate.model.Readme;
import dev.curate.model.ReadmeAnswer;
import dev.curate.model.Repo;
import dev.curate.plan.Budget;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A repository's README: {@code GET /repos/{owner}/{repo}/readme} in its JSON form, one request per
 * README (https://docs.github.com/en/rest/repos/contents#get-a-repository-readme). The JSON form is
 * asked for, not the raw file, because only it names the file ({@code "name": "README.rst"}), and
 * so says what markup the text is in; the text comes base64-encoded in {@code content}.
 *
 * <p>404 is the API's answer for a repository without a README; a failure (a status the caller
 * cannot use, the network) is an error like the search's. An answer that is not a README (not JSON,
 * JSON of another shape, content that does not decode, a file too large to come inline) is {@link
 * ReadmeAnswer.Unusable}: that README is skipped, and neither quoted nor previewed in the warning
 * (the fetch's warnings reach the draft's coverage notes).
 */
public final class Readmes {
  private final GitHubRest rest;
  private final ObjectMapper json = new ObjectMapper();

  public Readmes(GitHubRest rest) {
    this.rest = rest;
  }

  /**
   * The documented fields curate reads; {@code download_url}, {@code _links}, {@code sha}... are
   * not.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ReadmeJson(
      @JsonProperty("type") String type,
      @JsonProperty("name") String name,
      @JsonProperty("path") String path,
      @JsonProperty("encoding") String encoding,
      @JsonProperty("content") String content) {}

  public ReadmeAnswer readme(Repo repo) {
    Optional<RepoName> name = RepoName.parse(repo.fullName());
    if (name.isEmpty()) {
      return new ReadmeAnswer.Unusable("not a GitHub owner/name, so not asked for");
    }
    GitHubRest.Answer answer = rest.get(url(name.get()), GitHubRest.JSON);
    if (answer.status() == 404) {
      return new ReadmeAnswer.Absent();
    }
    if (!answer.ok()) {
      throw rest.fail(answer);
    }
    return read(answer);
  }

  /** What a fetch sends for the READMEs of at most {@code count} repositories: one request each. */
  public PlannedRequest plan(int count) {
    return PlannedRequest.get(url(RepoName.PLACEHOLDER), Purpose.of(Purpose.Kind.README))
        .times(0, count)
        .countedIn(Budget.Bucket.GITHUB_CORE);
  }

  private HttpUrl url(RepoName repo) {
    return rest.repoUrl(repo).addPathSegment("readme").build();
  }

  private ReadmeAnswer read(GitHubRest.Answer answer) {
    String what = "GET " + answer.url().encodedPath();
    String contentType = answer.header("Content-Type");
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
      return new ReadmeAnswer.Unusable(
          "expected JSON from "
              + what
              + ", got "
              + (contentType == null
                  ? "no content type"
                  : ResponseText.preview(contentType.split(";")[0], 40)));
    }
    ReadmeJson file;
    try {
      file = json.readValue(answer.body(), ReadmeJson.class);
    } catch (JsonProcessingException e) {
      return new ReadmeAnswer.Unusable("malformed JSON from " + what);
    }
    if (file == null
        || !"file".equals(file.type())
        || file.name() == null
        || file.content() == null) {
      return new ReadmeAnswer.Unusable("no README file in the JSON from " + what);
    }
    if (!"base64".equals(file.encoding())) {
      // "none" is GitHub's answer for a file over 1 MB, whose content it does not send.
      return new ReadmeAnswer.Unusable(
          shown(file.name())
              + " from "
              + what
              + " comes without its content (encoding "
              + ResponseText.preview(String.valueOf(file.encoding()), 20)
              + ")");
    }
    byte[] bytes;
    try {
      // GitHub wraps the base64 at 60 characters; the MIME decoder skips the line breaks.
      bytes = Base64.getMimeDecoder().decode(file.content());
    } catch (IllegalArgumentException e) {
      return new ReadmeAnswer.Unusable(
          "the content of " + shown(file.name()) + " from " + what + " is not base64");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new ReadmeAnswer.Found(
        Readme.named(file.path() != null ? file.path() : file.name(), text));
  }

  /** A file name from the answer, fit for a warning line. */
  private static String shown(String name) {
    return ResponseText.preview(name, 60);
  }
}
