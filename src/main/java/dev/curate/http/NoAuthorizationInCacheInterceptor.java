package dev.curate.http;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * GitHub answers {@code Vary: Accept, Authorization, Cookie, X-GitHub-OTP}. OkHttp's cache stores
 * the request's value of every header a response varies on, which would write the token into the
 * workspace's cache files. The data curate caches (public search results) does not depend on who
 * asked, so Authorization is dropped from Vary before the response is cached.
 */
final class NoAuthorizationInCacheInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String vary = response.header("Vary");
    if (vary == null || !vary.toLowerCase(java.util.Locale.ROOT).contains("authorization")) {
      return response;
    }
    String kept =
        Arrays.stream(vary.split(","))
            .map(String::trim)
            .filter(h -> !h.isEmpty() && !h.equalsIgnoreCase("Authorization"))
            .collect(Collectors.joining(", "));
    Response.Builder b = response.newBuilder().removeHeader("Vary");
    if (!kept.isEmpty()) {
      b.header("Vary", kept);
    }
    return b.build();
  }
}
