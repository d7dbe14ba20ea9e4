package dev.curate.http;

import java.io.IOException;
import java.util.logging.Logger;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Keeps credentials a server echoes back out of everything curate writes. An HTML page reflecting
 * the request's {@code Authorization}, a redirect whose {@code Location} names the token, a
 * repository description or a Reddit post quoting it: each {@link KnownSecrets known secret} in an
 * answer's headers and body is replaced before anyone reads it, and such an answer is marked {@code
 * Cache-Control: no-store} so the HTTP cache never keeps it.
 *
 * <p>A network interceptor: it sees each answer before OkHttp's cache writes it and before a
 * redirect is followed (a scrubbed {@code Location} is followed without the token). {@link
 * PerAttemptCall} applies {@link #scrubbed} once more to what the attempt returns, answers served
 * from the cache included, so every body that reaches a source is clean.
 */
final class SecretGuardInterceptor implements Interceptor {
  private static final Logger LOG = Logger.getLogger(SecretGuardInterceptor.class.getName());

  private final KnownSecrets secrets;

  SecretGuardInterceptor(KnownSecrets secrets) {
    this.secrets = secrets;
  }

  /** Runs outside {@link BoundedBodyInterceptor}, so the body is already in memory. */
  @Override
  public Response intercept(Chain chain) throws IOException {
    return scrubbed(chain.proceed(chain.request()), secrets);
  }

  /**
   * {@code response}, its body already read into memory, with every secret replaced in its headers
   * and body; if there was one, marked {@code no-store} and reported in a warning.
   */
  static Response scrubbed(Response response, KnownSecrets secrets) throws IOException {
    if (secrets.isEmpty()) {
      return response;
    }
    boolean found = false;
    Headers headers = response.headers();
    Headers.Builder cleanHeaders = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      String value = secrets.scrub(headers.value(i));
      found |= !value.equals(headers.value(i));
      cleanHeaders.addUnsafeNonAscii(headers.name(i), value);
    }
    Response.Builder clean = response.newBuilder();
    if (BoundedBody.hasBody(response)) {
      ResponseBody body = response.body();
      byte[] bytes = body.bytes();
      byte[] cleanBytes = secrets.scrub(bytes);
      if (cleanBytes != bytes) {
        found = true;
        cleanHeaders.set("Content-Length", Long.toString(cleanBytes.length));
      }
      // The body was consumed to scan it: the answer carries a new one either way.
      clean.body(ResponseBody.create(cleanBytes, body.contentType()));
    }
    if (found) {
      LOG.warning(
          () ->
              "the answer to "
                  + describe(response.request())
                  + " carried a credential back:"
                  + " curate replaced it with "
                  + KnownSecrets.REDACTED
                  + " and kept the answer out of the HTTP cache");
      clean.headers(cleanHeaders.set("Cache-Control", "no-store").build());
    }
    return clean.build();
  }

  private static String describe(Request request) {
    HttpUrl url = request.url();
    String host =
        url.port() == HttpUrl.defaultPort(url.scheme())
            ? url.host()
            : url.host() + ":" + url.port();
    return request.method() + " " + url.encodedPath() + " from " + host;
  }
}
