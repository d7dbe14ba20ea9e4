package dev.curate.github;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import dev.curate.http.HttpStats;
import dev.curate.http.ResponseText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads each successful search page once on its way to github-api: it keeps what github-api
 * would need an extra request per repository for ({@link SearchItemExtras}), it refuses a page
 * that is not JSON (a captive portal, a proxy's error page, a cut body) with a message that says
 * so, where github-api would report an "HttpException ... response code: 200", and it drops the
 * items that are not usable repositories ({@link SearchItemCheck}) from the page github-api
 * receives, recording them for the fetch's warning ({@link SkippedItems}): github-api binds a
 * page whole, so one absurd value would otherwise fail the page and the search with it.
 *
 * <p>A bad page is fetched once more first, as a proxy glitch often clears (api-behaviour §3).
 * A bad item is not: it is what GitHub sent.
 */
final class SearchPageTap implements Interceptor {
  private static final Logger LOG = Logger.getLogger(SearchPageTap.class.getName());
  private static final int PREVIEW = 80;
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final SearchItemExtras extras;
  private final SkippedItems skipped;
  private final HttpStats stats;
  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);
  private final SearchItemCheck check = new SearchItemCheck(json);

  SearchPageTap(SearchItemExtras extras, SkippedItems skipped, HttpStats stats) {
    this.extras = extras;
    this.skipped = skipped;
    this.stats = stats;
  }

  /** A page read: what is wrong with it, or its usable items and whether any were dropped. */
  private record Read(String problem, ObjectNode page, List<SearchItemCheck.Rejected> rejected) {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!request.url().encodedPath().endsWith("/search/repositories")) {
      return chain.proceed(request);
    }
    for (int attempt = 1; ; attempt++) {
      Response response = chain.proceed(request);
      if (response.code() != 200) {
        return response;
      }
      Read read = read(response, request);
      if (read.problem() == null) {
        return withoutRejected(response, read);
      }
      response.close();
      if (attempt == 2) {
        throw new CarriedFailure(new ApiException(read.problem()));
      }
      LOG.fine(() -> read.problem() + "; fetching the page once more");
      stats.countRetry();
    }
  }

  /** The page's usable items, which are recorded; or what is wrong with the page as a whole. */
  private Read read(Response response, Request request) throws IOException {
    String what = request.method() + " " + request.url().encodedPath();
    String contentType = response.header("Content-Type", "");
    String body = ResponseText.peek(response);
    if (!contentType.toLowerCase(Locale.ROOT).contains("json")) {
      String type = contentType.isBlank() ? "no content type" : contentType.split(";")[0].trim();
      return problem("expected JSON from " + what + ", got " + type
          + " (first " + PREVIEW + " chars: " + ResponseText.preview(body, PREVIEW) + ")");
    }
    try {
      JsonNode root = json.readTree(body);
      if (root == null || !root.isObject() || !root.path("items").isArray()) {
        return problem("malformed JSON from " + what + ": no \"items\" array");
      }
      ObjectNode page = (ObjectNode) root;
      ArrayNode usable = json.createArrayNode();
      List<SearchItemCheck.Rejected> rejected = new ArrayList<>();
      for (JsonNode item : page.get("items")) {
        Optional<SearchItemCheck.Rejected> why = check.rejected(item);
        why.ifPresentOrElse(rejected::add, () -> usable.add(item));
      }
      page.set("items", usable);
      // total_count and incomplete_results are the page's own: a bad one fails the page.
      extras.record(json.treeToValue(page, SearchPageJson.class));
      return new Read(null, page, rejected);
    } catch (JacksonException e) {
      // Jackson's own message holds a source excerpt and a stack of locations: too much for one line.
      return problem("malformed JSON from " + what + " (first " + PREVIEW + " chars: "
          + ResponseText.preview(body, PREVIEW) + ")");
    }
  }

  /** The response itself when every item was usable; else the same page without the rejected ones. */
  private Response withoutRejected(Response response, Read read) throws IOException {
    if (read.rejected().isEmpty()) {
      return response;
    }
    read.rejected().forEach(r -> skipped.add(r.item(), r.problem()));
    byte[] page = json.writeValueAsBytes(read.page());
    response.close();
    // The new body is plain JSON: the wire's gzip and length no longer describe it.
    return response.newBuilder()
        .removeHeader("Content-Encoding")
        .removeHeader("Content-Length")
        .body(ResponseBody.create(page, JSON_TYPE))
        .build();
  }

  private static Read problem(String problem) {
    return new Read(problem, null, List.of());
  }
}
