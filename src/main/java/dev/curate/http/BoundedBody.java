package dev.curate.http;

import dev.curate.config.SizeText;
import dev.curate.error.ApiException;
import dev.curate.error.CarriedFailure;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.GzipSource;
import okio.Source;

/**
 * Reads an answer's body whole, but never more than {@code http.maxBodySize} of it, counted after
 * decompression: a 10 MB gzip that unpacks to 10 GB, or a 200 MB listing, ends with one line naming
 * the endpoint and the limit instead of an OutOfMemoryError.
 *
 * <p>OkHttp undoes gzip by itself only when it asked for it; a caller that sends {@code
 * Accept-Encoding: gzip} itself gets the compressed bytes. Those are undone here, as they are read,
 * so every consumer sees plain bytes and no {@code Content-Encoding}.
 */
final class BoundedBody {
  private static final long CHUNK = 64 * 1024;

  private BoundedBody() {}

  /** The response with its body in memory and gzip undone; a response without a body as it is. */
  static Response read(Response response, long limit) throws IOException {
    if (!hasBody(response)) {
      return response;
    }
    ResponseBody body = response.body();
    boolean gzip = "gzip".equalsIgnoreCase(response.header("Content-Encoding"));
    MediaType type = body.contentType();
    byte[] bytes;
    try (body) {
      if (body.contentLength() > limit) {
        throw tooLarge(response, limit, false);
      }
      Source source = gzip ? new GzipSource(body.source()) : body.source();
      Buffer buffer = new Buffer();
      while (source.read(buffer, CHUNK) != -1) {
        if (buffer.size() > limit) {
          throw tooLarge(response, limit, gzip);
        }
      }
      bytes = buffer.readByteArray();
    }
    Response.Builder read = response.newBuilder().body(ResponseBody.create(bytes, type));
    if (gzip) {
      read.removeHeader("Content-Encoding").header("Content-Length", Long.toString(bytes.length));
    }
    return read.build();
  }

  /** HEAD answers, 1xx, 204 and 304 have no body (RFC 9110 section 6.4.1). */
  static boolean hasBody(Response response) {
    int code = response.code();
    return response.body() != null
        && !"HEAD".equals(response.request().method())
        && code >= 200
        && code != 204
        && code != 304;
  }

  private static CarriedFailure tooLarge(Response response, long limit, boolean decompressed) {
    Request request = response.request();
    HttpUrl url = request.url();
    String host =
        url.port() == HttpUrl.defaultPort(url.scheme())
            ? url.host()
            : url.host() + ":" + url.port();
    return new CarriedFailure(
        new ApiException(
            "the answer to "
                + request.method()
                + " "
                + url.encodedPath()
                + " from "
                + host
                + " is larger than http.maxBodySize ("
                + SizeText.format(limit)
                + ")"
                + (decompressed ? " once decompressed" : "")
                + "; curate stopped reading it there: raise http.maxBodySize if such an answer is genuine"));
  }
}
