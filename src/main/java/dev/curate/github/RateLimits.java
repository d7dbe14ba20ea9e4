package dev.curate.github;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.error.ApiException;
import dev.curate.http.ResponseText;
import java.io.IOException;
import java.time.Instant;

/**
 * What is left of GitHub's two budgets a fetch spends, as {@code GET /rate_limit} reports them
 * (https://docs.github.com/en/rest/rate-limit/rate-limit): {@code core} (star history, READMEs,
 * look-ups) and {@code search}. Asking costs nothing: "Accessing this endpoint does not count
 * against your REST API rate limit."
 */
public record RateLimits(Bucket core, Bucket search) {
  /**
   * @param resetAt when {@code remaining} returns to {@code limit}
   */
  public record Bucket(int remaining, int limit, Instant resetAt) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Answer(@JsonProperty("resources") Resources resources) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Resources(
      @JsonProperty("core") Resource core, @JsonProperty("search") Resource search) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Resource(
      @JsonProperty("limit") Integer limit,
      @JsonProperty("remaining") Integer remaining,
      @JsonProperty("reset") Long reset) {
    Bucket bucket() {
      return new Bucket(remaining, limit, Instant.ofEpochSecond(reset));
    }

    boolean whole() {
      return limit != null && remaining != null && reset != null;
    }
  }

  /** {@code GET /rate_limit}, asked on {@code rest} without waiting or retrying. */
  static RateLimits ask(GitHubRest rest) {
    GitHubRest.Answer answer = rest.get(rest.url("rate_limit").build(), GitHubRest.JSON);
    if (!answer.ok()) {
      throw rest.fail(answer);
    }
    return parse(answer.body());
  }

  static RateLimits parse(String body) {
    Answer parsed;
    try {
      parsed = new ObjectMapper().readValue(body, Answer.class);
    } catch (IOException e) {
      throw unreadable(body);
    }
    Resources r = parsed == null ? null : parsed.resources();
    if (r == null
        || r.core() == null
        || r.search() == null
        || !r.core().whole()
        || !r.search().whole()) {
      throw unreadable(body);
    }
    return new RateLimits(r.core().bucket(), r.search().bucket());
  }

  private static ApiException unreadable(String body) {
    return new ApiException(
        "GitHub's GET /rate_limit answer has no resources.core and resources.search: "
            + ResponseText.preview(body, 80));
  }
}
