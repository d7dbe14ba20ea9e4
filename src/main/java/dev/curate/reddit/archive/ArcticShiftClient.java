package dev.curate.reddit.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.config.EndpointOverrides;
import dev.curate.error.ApiException;
import dev.curate.error.ExitCode;
import dev.curate.http.HttpStack;
import dev.curate.http.HttpStats;
import dev.curate.http.JsonGet;
import dev.curate.http.OriginGuard;
import dev.curate.http.ResponseText;
import dev.curate.http.RetryPolicy;
import dev.curate.http.Unreachable;
import dev.curate.model.CalendarMonth;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import dev.curate.reddit.post.Post;
import dev.curate.reddit.post.PostReader;
import dev.curate.reddit.post.UnusablePost;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Arctic Shift archive of Reddit (https://github.com/ArthurHeitmann/arctic_shift,
 * api/README.md): {@code /api/posts/search} pages of up to 100 posts of a subreddit between two
 * instants, oldest first, and {@code /api/time_series} for the month's post count. No
 * authentication; it runs on curate's shared OkHttp stack, so transient failures are retried and
 * counted like Reddit's.
 */
public final class ArcticShiftClient {
  /** "limit: int (1 - 100)", the search endpoints' largest page. */
  public static final int PAGE_SIZE = 100;

  private static final String SETTING =
      EndpointOverrides.REDDIT_ARCHIVE_URL + " / endpoints.redditArchiveUrl";

  /** How much of the archive's own error message a line quotes. */
  private static final int ERROR_SHOWN = 120;

  private final JsonGet get;
  private final HttpUrl base;
  private final ObjectMapper json;
  private final PostReader reader;

  ArcticShiftClient(OkHttpClient http, HttpUrl base, ObjectMapper json) {
    this.get = new JsonGet(http, json, ArcticShiftClient::unreachable);
    this.base = base;
    this.json = json;
    this.reader = new PostReader(json);
  }

  /** The archive client on the shared stack, allowed to request the archive's origin only. */
  public static ArcticShiftClient connect(
      HttpStack stack, String userAgent, HttpStats stats, String baseUrl) {
    HttpUrl url = HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new ApiException(
          "not an http(s) URL for the Reddit archive: " + baseUrl + "; check " + SETTING);
    }
    OriginGuard archiveOnly = new OriginGuard("the Reddit archive", SETTING, List.of(url));
    return new ArcticShiftClient(
        stack.clientFor(userAgent, stats, archiveOnly).build(), url, PostReader.answers());
  }

  /**
   * One page of the archive's answer.
   *
   * @param posts the posts that could be read, in the archive's order (oldest first)
   * @param unusable the posts that could not ({@link PostReader})
   * @param size how many posts the archive sent, both kinds: a page below {@link #PAGE_SIZE} is the
   *     last
   */
  record Page(List<Post> posts, List<UnusablePost> unusable, int size) {
    Page {
      posts = List.copyOf(posts);
      unusable = List.copyOf(unusable);
    }
  }

  /**
   * Posts of {@code subreddit} created after {@code afterEpochSecond} and before {@code
   * beforeEpochSecond}, oldest first, at most {@link #PAGE_SIZE}.
   */
  Page searchPage(String subreddit, long afterEpochSecond, long beforeEpochSecond) {
    HttpUrl url = searchUrl(subreddit, Long.toString(afterEpochSecond), beforeEpochSecond);
    ArchiveAnswer.Posts answer =
        get(url, "GET /api/posts/search (r/" + subreddit + ")", ArchiveAnswer.Posts.class);
    if (answer == null || answer.data() == null) {
      String error =
          answer == null || answer.error() == null
              ? ""
              : ": " + ResponseText.preview(answer.error(), ERROR_SHOWN);
      throw new ApiException(
          "the Reddit archive at "
              + base.host()
              + " answered GET /api/posts/search (r/"
              + subreddit
              + ") without data"
              + error);
    }
    List<Post> posts = new ArrayList<>();
    List<UnusablePost> unusable = new ArrayList<>();
    for (JsonNode node : answer.data()) {
      try {
        posts.add(reader.read(node));
      } catch (UnusablePost e) {
        unusable.add(e);
      }
    }
    return new Page(posts, unusable, answer.data().size());
  }

  /** A search page's URL; {@code after} in epoch seconds, or a placeholder in a plan. */
  HttpUrl searchUrl(String subreddit, String after, long beforeEpochSecond) {
    return ArchiveUrls.search(base, subreddit, after, beforeEpochSecond);
  }

  /** The request {@link #monthlyPostCount} sends. */
  public PlannedRequest plannedCount(String subreddit, CalendarMonth month) {
    return PlannedRequest.get(
        ArchiveUrls.postCount(base, subreddit, month),
        Purpose.of(Purpose.Kind.ARCHIVE_COUNT, subreddit));
  }

  /** The archive's count of the subreddit's posts in the month, if it publishes one. */
  public OptionalLong monthlyPostCount(String subreddit, CalendarMonth month) {
    HttpUrl url = ArchiveUrls.postCount(base, subreddit, month);
    ArchiveAnswer.TimeSeries answer =
        get(url, "GET /api/time_series (r/" + subreddit + ")", ArchiveAnswer.TimeSeries.class);
    if (answer == null || answer.data() == null) {
      return OptionalLong.empty();
    }
    return answer.data().stream()
        .filter(p -> p.value() != null && inMonth(p.date(), month))
        .mapToLong(ArchiveAnswer.Point::value)
        .findFirst();
  }

  private static boolean inMonth(JsonNode date, CalendarMonth month) {
    Instant at = instant(date);
    return at != null && month.contains(at);
  }

  /**
   * Epoch seconds, epoch milliseconds (both as Arctic Shift's Date parameters accept) or ISO text.
   */
  static Instant instant(JsonNode date) {
    if (date == null || date.isNull()) {
      return null;
    }
    if (date.isNumber()) {
      long n = date.asLong();
      // Seconds reach 10^11 in the year 5138; milliseconds passed it in 1973.
      return n >= 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }
    try {
      String text = date.asText();
      return text.length() == 10 ? Instant.parse(text + "T00:00:00Z") : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private <T> T get(HttpUrl url, String what, Class<T> type) {
    return get.get(
        url,
        what + " on " + url.host(),
        type,
        (response, body) -> failure(response.code(), url.host(), what, body));
  }

  private static ApiException unreachable(String host, IOException e) {
    if (RetryPolicy.isUnreachable(e)) {
      return Unreachable.failure(
          "the Reddit archive at " + host, e, EndpointOverrides.REDDIT_ARCHIVE_URL);
    }
    return new ApiException(
        "cannot reach the Reddit archive at "
            + host
            + ": "
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
            + "; check your network or CURATE_REDDIT_ARCHIVE_URL",
        e);
  }

  private ApiException failure(int code, String host, String what, String body) {
    String error = errorText(body);
    String detail = error == null ? "" : ": " + error;
    // Still failing after the shared retries, or asked to slow down: try again later (exit 75).
    ExitCode exit = JsonGet.exitCodeFor(code);
    return new ApiException(
        exit,
        "the Reddit archive at "
            + host
            + " answered "
            + what
            + " with HTTP "
            + code
            + detail
            + (exit == ExitCode.TEMPORARY ? "; retry later" : ""));
  }

  private String errorText(String body) {
    try {
      JsonNode tree = json.readTree(body);
      JsonNode error = tree == null ? null : tree.get("error");
      return error == null || error.isNull()
          ? null
          : ResponseText.preview(error.asText(), ERROR_SHOWN);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
