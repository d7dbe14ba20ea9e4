package dev.curate.reddit.dump;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes test dumps as the archives publish them: NDJSON, plain or zstd with a 2^31 window. */
final class Dumps {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Dumps() {}

  static String ndjson(List<Map<String, Object>> posts) {
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> p : posts) {
      try {
        sb.append(JSON.writeValueAsString(p)).append('\n');
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return sb.toString();
  }

  static Path plain(Path file, String text) {
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * As {@code zstd --long=31} writes it: streamed (no content size in the header), so the frame
   * announces the full 2 GiB window and a decoder without a raised limit refuses it.
   */
  static Path zstdLong(Path file, String text) {
    try (OutputStream out =
        new ZstdOutputStream(Files.newOutputStream(file))
            .setLevel(3)
            .setLong(31)
            .setWindowLog(31)) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (int from = 0; from < bytes.length; from += 8192) {
        out.write(bytes, from, Math.min(8192, bytes.length - from));
        // Flushing starts the frame before the end is known, as a pipe into zstd does.
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
