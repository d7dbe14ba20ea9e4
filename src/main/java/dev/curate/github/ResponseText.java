package dev.curate.github;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;

/**
 * Reads a response body without consuming it, for the interceptors that must look inside one
 * (secondary-limit messages) before the caller reads it. Bodies reaching them are
 * already whole, decompressed and within {@code http.maxBodySize} (the shared stack reads each
 * attempt's body before any interceptor sees it).
 */
final class ResponseText {
  private ResponseText() {}

  /** The whole body. */
  static String peek(Response response) throws IOException {
    return peek(response, Long.MAX_VALUE);
  }

  /** At most the first {@code limit} bytes of the body. */
  static String peek(Response response, long limit) throws IOException {
    return new String(response.peekBody(limit).bytes(), StandardCharsets.UTF_8);
  }

  /** The first {@code max} characters on one line, control characters removed: fit for a message. */
  static String preview(String text, int max) {
    String oneLine = text.replaceAll("\\p{Cntrl}+", " ").replaceAll("\\s+", " ").trim();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }
}
