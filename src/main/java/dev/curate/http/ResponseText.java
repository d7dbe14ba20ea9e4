package dev.curate.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * What an answer holds, for the code that must look inside one (an interceptor reading a
 * secondary-limit message, a client saying what came back instead of JSON) and for one-line error
 * messages. Bodies reaching it are already whole, decompressed and within {@code http.maxBodySize}
 * (the stack reads each attempt's body before any interceptor sees it).
 */
public final class ResponseText {
  private ResponseText() {}

  /** The whole body, without consuming it. */
  public static String peek(Response response) throws IOException {
    return peek(response, Long.MAX_VALUE);
  }

  /** At most the first {@code limit} bytes of the body, without consuming it. */
  public static String peek(Response response, long limit) throws IOException {
    return new String(response.peekBody(limit).bytes(), StandardCharsets.UTF_8);
  }

  /**
   * The first {@code max} characters on one line, control characters and runs of white space made
   * one space, "…" where it was cut: what an API sent, fit to quote in a one-line message.
   */
  public static String preview(String text, int max) {
    String oneLine = text.replaceAll("\\p{Cntrl}+", " ").replaceAll("\\s+", " ").trim();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }

  /**
   * A header's value (or a value of unknown make) quoted short: printable ASCII only, anything else
   * a {@code ?}, "…" where it was cut. Stricter than {@link #preview}: a header is bytes, and
   * nothing in it may steer a terminal, bidi controls included.
   */
  public static String printable(String value, int max) {
    String shown = value.replaceAll("[^\\x20-\\x7E]", "?");
    return shown.length() <= max ? shown : shown.substring(0, max) + "…";
  }

  /** A body's media type as a message names it: {@code text/html}, or "no Content-Type". */
  public static String type(MediaType type) {
    return type == null ? "no Content-Type" : type.type() + "/" + type.subtype();
  }
}
