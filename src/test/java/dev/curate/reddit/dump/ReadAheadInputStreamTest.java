package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadAheadInputStreamTest {
  static byte[] bytes(int n) {
    byte[] b = new byte[n];
    new Random(42).nextBytes(b);
    return b;
  }

  @Test
  void deliversEveryByteInOrder() throws IOException {
    byte[] data = bytes(5 * 1024 * 1024 + 123);
    try (InputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data))) {
      assertThat(in.readAllBytes()).isEqualTo(data);
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void aReadInterruptedWhileWaitingHandsItsChunkBackOnceOnly() throws Exception {
    byte[] data = bytes(40 * 1024 * 1024 + 7);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length);
    try (ReadAheadInputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data))) {
      Chunks.Chunk first = in.next();
      out.write(first.data(), 0, first.length());
      Thread.currentThread().interrupt();
      assertThatThrownBy(in::next).isInstanceOf(java.io.InterruptedIOException.class);
      assertThat(Thread.interrupted()).isTrue();
      // Asked again, the read must not hand the first chunk's array back a second time: the
      // decoding thread would then fill it for two chunks at once.
      for (Chunks.Chunk chunk = in.next(); chunk != null; chunk = in.next()) {
        out.write(chunk.data(), 0, chunk.length());
      }
    }
    assertThat(out.toByteArray()).isEqualTo(data);
  }

  @Test
  void handsOverItsChunksInOrderAndRefillsAnArrayOnlyAfterTheNextCall() throws Exception {
    byte[] data = bytes(40 * 1024 * 1024 + 7);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length);
    java.util.Set<byte[]> arrays =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    try (ReadAheadInputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data))) {
      for (Chunks.Chunk chunk = in.next(); chunk != null; chunk = in.next()) {
        byte[] held = java.util.Arrays.copyOf(chunk.data(), chunk.length());
        // The reading thread runs meanwhile: the chunk held must not change under the reader.
        Thread.sleep(2);
        assertThat(java.util.Arrays.copyOf(chunk.data(), chunk.length())).isEqualTo(held);
        out.write(chunk.data(), 0, chunk.length());
        arrays.add(chunk.data());
      }
      assertThat(in.next()).isNull();
    }
    assertThat(out.toByteArray()).isEqualTo(data);
    assertThat(arrays).as("arrays are reused: memory stays a few chunks").hasSizeLessThan(12);
  }

  @Test
  void reusedBuffersNeverOverwriteWhatTheReaderHasNotReadYet() throws IOException {
    byte[] data = bytes(40 * 1024 * 1024 + 7);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length);
    try (InputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data))) {
      byte[] small = new byte[7919];
      for (int n; (n = in.read(small)) != -1; ) {
        out.write(small, 0, n);
      }
    }
    assertThat(out.toByteArray()).isEqualTo(data);
  }

  @Test
  void aFailureWhileDecompressingReachesTheReader() {
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream(bytes(2 * 1024 * 1024)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("Unknown frame descriptor");
              }
            });
    assertThatThrownBy(
            () -> {
              try (InputStream in = new ReadAheadInputStream(failing)) {
                in.readAllBytes();
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessage("Unknown frame descriptor");
  }

  @Test
  void closingBeforeTheEndStopsTheReadAhead() throws IOException {
    boolean[] closed = new boolean[1];
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 7;
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    InputStream in = new ReadAheadInputStream(endless);
    assertThat(in.read()).isEqualTo(7);
    in.close();
    assertThat(closed[0]).isTrue();
  }
}
