package dev.curate.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import dev.curate.error.ExitCode;
import java.io.IOException;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A GET whose answer must be JSON, for the clients curate writes itself (Reddit's API, the Arctic
 * Shift archive; github-api reads GitHub's): it sends the request on the client's stack, reads the
 * body, and turns each way the answer can go wrong into one line. The API words what its statuses
 * and unreachable hosts mean ({@link OnStatus}, {@link OnIoFailure}); the rest is the same for
 * every API: a failure an interceptor raised (credentials, a rate limit beyond the allowed wait)
 * leaves as itself, and an answer that is not JSON, or not JSON of the expected shape, is named
 * with the start of what came back.
 */
public final class JsonGet {
  /** How much of an unexpected body a message quotes: enough to recognise an HTML page's title. */
  static final int QUOTED = 80;

  /** The failure a status other than 200 stands for, once the stack's retries are spent. */
  @FunctionalInterface
  public interface OnStatus {
    RuntimeException failure(Response response, String body);
  }

  /** The failure an I/O error that outlived the stack's retries stands for. */
  @FunctionalInterface
  public interface OnIoFailure {
    RuntimeException failure(String host, IOException e);
  }

  private final OkHttpClient http;
  private final ObjectMapper json;
  private final OnIoFailure unreachable;

  public JsonGet(OkHttpClient http, ObjectMapper json, OnIoFailure unreachable) {
    this.http = http;
    this.json = json;
    this.unreachable = unreachable;
  }

  /**
   * The answer to {@code GET url} bound as {@code type}; null when the body is JSON's {@code null}.
   *
   * @param what the request as messages name it ({@code GET /api/info})
   */
  public <T> T get(HttpUrl url, String what, Class<T> type, OnStatus onStatus) {
    Request request = new Request.Builder().url(url).get().build();
    String body;
    MediaType mediaType;
    try (Response response = http.newCall(request).execute()) {
      body = response.body().string();
      if (response.code() != 200) {
        throw onStatus.failure(response, body);
      }
      mediaType = response.body().contentType();
    } catch (CarriedFailure e) {
      throw e.failure();
    } catch (IOException e) {
      throw unreachable.failure(url.host(), e);
    }
    if (mediaType == null || !mediaType.subtype().toLowerCase(Locale.ROOT).contains("json")) {
      throw new ApiException(
          "expected JSON from " + what + ", got " + ResponseText.type(mediaType) + quoted(body));
    }
    try {
      return json.readValue(body, type);
    } catch (JsonProcessingException e) {
      // The cause keeps Jackson's details for -v; the message stays one line.
      throw new ApiException("malformed JSON from " + what + quoted(body), e);
    }
  }

  /**
   * The exit code of a status that is still an error once the stack's retries (5xx, 408) and a
   * client's rate limiter (429) are done with it: the API down or asking to slow down is temporary
   * (exit 75, "retry later", so a scheduler tries again); any other status is a failure.
   */
  public static ExitCode exitCodeFor(int status) {
    return status >= 500 || status == 429 ? ExitCode.TEMPORARY : ExitCode.FAILURE;
  }

  private static String quoted(String body) {
    String start = ResponseText.preview(body, QUOTED);
    return start.isEmpty() ? "" : " (first " + QUOTED + " chars: " + start + ")";
  }
}
