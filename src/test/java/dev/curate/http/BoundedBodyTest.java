package dev.curate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curate.error.CarriedFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

/**
 * {@link BoundedBody}: whole bodies, gzip undone, never more than the limit held (issue 11, point
 * 8).
 */
class BoundedBodyTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final long LIMIT = 1024;

  private static Response answer(int code, String method, ResponseBody body, String... headers) {
    Response.Builder b =
        new Response.Builder()
            .request(
                new Request.Builder()
                    .url("https://api.github.com/search/repositories?q=x")
                    .method(method, null)
                    .build())
            .protocol(Protocol.HTTP_1_1)
            .code(code)
            .message("OK")
            .body(body);
    for (int i = 0; i < headers.length; i += 2) {
      b.addHeader(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingAByte() {
    // A body that cannot be read: refusing it must not try.
    Source unreadable =
        new Source() {
          @Override
          public long read(Buffer sink, long byteCount) {
            throw new AssertionError("the body was read");
          }

          @Override
          public Timeout timeout() {
            return Timeout.NONE;
          }

          @Override
          public void close() {}
        };
    BufferedSource source = Okio.buffer(unreadable);
    Response big = answer(200, "GET", ResponseBody.create(source, JSON, 200L << 20));

    assertThatThrownBy(() -> BoundedBody.read(big, LIMIT))
        .isInstanceOf(CarriedFailure.class)
        .hasMessage(
            "the answer to GET /search/repositories from api.github.com is larger than http.maxBodySize"
                + " (1KB); curate stopped reading it there: raise http.maxBodySize if such an answer is genuine");
  }

  @Test
  void gzipIsCountedDecompressedAndRefusedPastTheLimit() throws IOException {
    byte[] bomb = gzip(new byte[64 * 1024]);
    assertThat(bomb.length).isLessThan((int) LIMIT);

    Response answer =
        answer(200, "GET", ResponseBody.create(bomb, JSON), "Content-Encoding", "gzip");

    assertThatThrownBy(() -> BoundedBody.read(answer, LIMIT))
        .isInstanceOf(CarriedFailure.class)
        .hasMessageContaining("is larger than http.maxBodySize (1KB) once decompressed");
  }

  @Test
  void gzipWithinTheLimitIsUndoneAndNoLongerAnnounced() throws IOException {
    byte[] page =
        "{\"total_count\":0,\"incomplete_results\":false,\"items\":[]}"
            .getBytes(StandardCharsets.UTF_8);
    Response answer =
        answer(
            200,
            "GET",
            ResponseBody.create(gzip(page), JSON),
            "Content-Encoding",
            "gzip",
            "Content-Length",
            "60");

    Response read = BoundedBody.read(answer, LIMIT);

    assertThat(read.body().bytes()).isEqualTo(page);
    assertThat(read.header("Content-Encoding")).isNull();
    assertThat(read.header("Content-Length")).isEqualTo(String.valueOf(page.length));
  }

  @Test
  void aBodyOfExactlyTheLimitIsRead() throws IOException {
    Response answer = answer(200, "GET", ResponseBody.create(new byte[(int) LIMIT], JSON));

    assertThat(BoundedBody.read(answer, LIMIT).body().bytes()).hasSize((int) LIMIT);
  }

  @Test
  void answersWithoutABodyPassUntouched() throws IOException {
    Response notModified = answer(304, "GET", ResponseBody.create(new byte[0], null));
    Response head =
        answer(200, "HEAD", ResponseBody.create(new byte[0], null), "Content-Length", "999999999");

    assertThat(BoundedBody.read(notModified, LIMIT)).isSameAs(notModified);
    assertThat(BoundedBody.read(head, LIMIT)).isSameAs(head);
  }
}
