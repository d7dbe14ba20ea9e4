package dev.curate.github;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import okhttp3.Response;

/**
 * Reads a response body without consuming it, for the interceptors that must look inside one
 * (secondary-limit messages, search pages) before github-api parses it.
 *
 * <p>github-api sends {@code Accept-Encoding: gzip} itself, so OkHttp does not decompress
 * transparently and the bytes on the wire may be gzipped (OkHttp's BridgeInterceptor only
 * decodes when it added the header itself).
 */
final class ResponseText {
  /** Larger than any search page GitHub sends (100 items of ~6 KiB). */
  static final long MAX_BODY = 16L * 1024 * 1024;

  private ResponseText() {}

  static byte[] peekBytes(Response response, long limit) throws IOException {
    byte[] raw = response.peekBody(limit).bytes();
    if (!"gzip".equalsIgnoreCase(response.header("Content-Encoding"))) {
      return raw;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      return in.readAllBytes();
    }
  }

  static String peek(Response response, long limit) throws IOException {
    return new String(peekBytes(response, limit), StandardCharsets.UTF_8);
  }

  /** The first {@code max} characters on one line, control characters removed: fit for a message. */
  static String preview(String text, int max) {
    String oneLine = text.replaceAll("\\p{Cntrl}+", " ").replaceAll("\\s+", " ").trim();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }
}
