package dev.curate.github;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import dev.curate.http.HttpStats;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads each successful search page once on its way to github-api: it keeps what github-api
 * would need an extra request per repository for ({@link SearchItemExtras}), and it refuses a
 * page that is not JSON (a captive portal, a proxy's error page, a cut body) with a message
 * that says so, where github-api would report an "HttpException ... response code: 200".
 *
 * <p>A bad page is fetched once more first, as a proxy glitch often clears (api-behaviour §3).
 */
final class SearchPageTap implements Interceptor {
  private static final Logger LOG = Logger.getLogger(SearchPageTap.class.getName());
  private static final int PREVIEW = 80;

  private final SearchItemExtras extras;
  private final HttpStats stats;
  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

  SearchPageTap(SearchItemExtras extras, HttpStats stats) {
    this.extras = extras;
    this.stats = stats;
  }

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
      String problem = problemWith(response, request);
      if (problem == null) {
        return response;
      }
      response.close();
      if (attempt == 2) {
        throw new CarriedFailure(new ApiException(problem));
      }
      LOG.fine(() -> problem + "; fetching the page once more");
      stats.countRetry();
    }
  }

  /** Null when the page is a search page, which is then recorded; else what is wrong with it. */
  private String problemWith(Response response, Request request) throws IOException {
    String what = request.method() + " " + request.url().encodedPath();
    String contentType = response.header("Content-Type", "");
    String body = ResponseText.peek(response);
    if (!contentType.toLowerCase(Locale.ROOT).contains("json")) {
      String type = contentType.isBlank() ? "no content type" : contentType.split(";")[0].trim();
      return "expected JSON from " + what + ", got " + type
          + " (first " + PREVIEW + " chars: " + ResponseText.preview(body, PREVIEW) + ")";
    }
    try {
      SearchPageJson page = json.readValue(body, SearchPageJson.class);
      if (page == null || page.items() == null) {
        return "malformed JSON from " + what + ": no \"items\" array";
      }
      extras.record(page);
      return null;
    } catch (JacksonException e) {
      // Jackson's own message holds a source excerpt and a stack of locations: too much for one line.
      return "malformed JSON from " + what + " (first " + PREVIEW + " chars: "
          + ResponseText.preview(body, PREVIEW) + ")";
    }
  }
}
