package dev.curate.reddit.api;

import dev.curate.error.CarriedFailure;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: bearer <token>} to API requests. A 401 means the token expired or was
 * revoked early: like prawcore's {@code Session._request_with_retries}, fetch a new one and try
 * once more. A second 401 in a row is not a stale token but a rejected app, and looping would only
 * burn the rate limit.
 *
 * <p>An application interceptor, so OkHttp would drop the header on a cross-host redirect
 * (redirects are off for Reddit anyway).
 */
final class BearerTokenInterceptor implements Interceptor {
  private final AppOnlyTokens tokens;

  BearerTokenInterceptor(AppOnlyTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(authorized(request));
    if (response.code() != 401) {
      return response;
    }
    response.close();
    tokens.invalidate();
    Response again = chain.proceed(authorized(request));
    if (again.code() == 401) {
      again.close();
      throw new CarriedFailure(
          new CurateException(
              ExitCode.CREDENTIALS,
              "Reddit refused a fresh token for "
                  + request.method()
                  + " "
                  + request.url().encodedPath()
                  + " (401 twice): check REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET at https://www.reddit.com/prefs/apps"));
    }
    return again;
  }

  private Request authorized(Request request) throws IOException {
    return request.newBuilder().header("Authorization", "bearer " + tokens.current()).build();
  }
}
