package dev.curate.http;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs each request line and its status at FINE (shown with {@code -v}). Headers and bodies are
 * never logged: the Authorization header and the token endpoint's form body hold secrets.
 */
public final class LoggingInterceptor implements Interceptor {
  private static final Logger LOG = Logger.getLogger("dev.curate.http");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isLoggable(Level.FINE)) {
      return chain.proceed(request);
    }
    long started = System.nanoTime();
    String line = request.method() + " " + Redaction.url(request.url());
    try {
      Response response = chain.proceed(request);
      long ms = (System.nanoTime() - started) / 1_000_000;
      LOG.fine(
          line
              + " -> "
              + response.code()
              + (response.cacheResponse() != null ? " (cache)" : "")
              + " in "
              + ms
              + " ms");
      return response;
    } catch (IOException e) {
      LOG.fine(line + " -> " + e.getClass().getSimpleName());
      throw e;
    }
  }
}
