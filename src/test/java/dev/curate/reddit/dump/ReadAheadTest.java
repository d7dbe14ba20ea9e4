package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
  static byte[] bytes(int n) {
    byte[] b = new byte[n];
    new Random(42).nextBytes(b);
    return b;
  }

  /** Every chunk's bytes, one after the other, until the end. */
  static byte[] all(Chunks in) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Chunks.Chunk chunk = in.next(); chunk != null; chunk = in.next()) {
      out.write(chunk.data(), 0, chunk.length());
    }
    return out.toByteArray();
  }

  @Test
  void deliversEveryByteInOrder() throws IOException {
    byte[] data = bytes(5 * 1024 * 1024 + 123);
    try (ReadAhead in = new ReadAhead(new ByteArrayInputStream(data))) {
      assertThat(all(in)).isEqualTo(data);
      assertThat(in.next()).isNull();
    }
  }

  @Test
  void aReadInterruptedWhileWaitingHandsItsChunkBackOnceOnly() throws Exception {
    byte[] data = bytes(40 * 1024 * 1024 + 7);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length);
    try (ReadAhead in = new ReadAhead(new ByteArrayInputStream(data))) {
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
    try (ReadAhead in = new ReadAhead(new ByteArrayInputStream(data))) {
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
              try (ReadAhead in = new ReadAhead(failing)) {
                all(in);
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
    ReadAhead in = new ReadAhead(endless);
    assertThat(in.next().data()[0]).isEqualTo((byte) 7);
    in.close();
    assertThat(closed[0]).isTrue();
  }

  /** Work given to the wait is done while no chunk is ready, and the chunk comes when it is. */
  @Test
  void idleWorkFillsTheWaitForTheNextChunk() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    InputStream late =
        new ByteArrayInputStream(bytes(1000)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return super.read(b, off, len);
          }
        };
    int[] steps = new int[1];
    try (ReadAhead in = new ReadAhead(late)) {
      Chunks.Chunk chunk =
          in.next(
              () -> {
                if (++steps[0] == 3) {
                  release.countDown();
                }
                return steps[0] < 1_000_000;
              });
      assertThat(steps[0]).isGreaterThanOrEqualTo(3);
      assertThat(java.util.Arrays.copyOf(chunk.data(), chunk.length())).isEqualTo(bytes(1000));
      assertThat(in.next(() -> false)).isNull();
    }
  }

  /** Ctrl-C during the idle work: the reader stops at once, not after up to 32 MB of lines. */
  @Test
  void anInterruptStopsTheIdleWorkAndTheWait() throws Exception {
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    InputStream blocked =
        new InputStream() {
          @Override
          public int read() throws java.io.IOException {
            try {
              never.await();
            } catch (InterruptedException e) {
              throw new java.io.InterruptedIOException();
            }
            return -1;
          }
        };
    int[] steps = new int[1];
    try (ReadAhead in = new ReadAhead(blocked)) {
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(10),
          () -> {
            assertThatThrownBy(
                    () ->
                        in.next(
                            () -> {
                              if (++steps[0] == 3) {
                                Thread.currentThread().interrupt();
                              }
                              return steps[0] < 100_000_000;
                            }))
                .isInstanceOf(java.io.InterruptedIOException.class);
            assertThat(Thread.interrupted()).isTrue();
          });
    }
    assertThat(steps[0]).isEqualTo(3);
  }

  /** What the decoding's progress and the source are told, in order, from every thread. */
  private static final class Events implements ReadAhead.Progress {
    final java.util.List<String> all = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void starting() {
      all.add("starting");
    }

    @Override
    public void decoded(long bytes) {
      all.add("decoded " + bytes);
    }

    @Override
    public void stop() {
      all.add("stop");
    }

    /** Stopped once, then the source closed, and nothing told after. */
    void assertStoppedThenClosedLast() {
      assertThat(all).containsOnlyOnce("stop", "close");
      assertThat(all.subList(all.size() - 2, all.size())).containsExactly("stop", "close");
    }
  }

  /** A source that says when it is read and closed, and whose reads wait for {@code release}. */
  private static InputStream recorded(
      Events events, byte[] data, java.util.concurrent.CountDownLatch release) {
    return new ByteArrayInputStream(data) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        // Not interruptible, as zstd-jni's native reads are not.
        Uninterruptibly.waitFor(release::await);
        int n = super.read(b, off, len);
        events.all.add("read " + n);
        return n;
      }

      @Override
      public void close() {
        events.all.add("close");
      }
    };
  }

  @Test
  void theProgressIsStoppedBeforeTheSourceClosesAfterAWholeRead() throws IOException {
    Events events = new Events();
    byte[] data = bytes(3 * 1024 * 1024 + 5);
    java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(0);
    try (ReadAhead in = new ReadAhead(recorded(events, data, open), events)) {
      assertThat(all(in)).isEqualTo(data);
    }

    assertThat(events.all.get(0)).isEqualTo("starting");
    assertThat(events.all).contains("decoded " + (1 << 20), "decoded " + data.length);
    events.assertStoppedThenClosedLast();
  }

  @Test
  void theProgressIsStoppedBeforeTheSourceClosesAfterAFailedRead() {
    Events events = new Events();
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("truncated frame");
          }

          @Override
          public void close() {
            events.all.add("close");
          }
        };

    assertThatThrownBy(
            () -> {
              try (ReadAhead in = new ReadAhead(failing, events)) {
                all(in);
              }
            })
        .hasMessageContaining("truncated frame");
    events.assertStoppedThenClosedLast();
  }

  /**
   * A fetch that fails interrupts its dump's reader, which then closes the read-ahead interrupted:
   * the close still waits for the read under way before it stops the progress and frees the source.
   */
  @Test
  void anInterruptedCloseStillWaitsForTheReadUnderWay() throws Exception {
    Events events = new Events();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    ReadAhead in = new ReadAhead(recorded(events, bytes(1000), release), events);
    boolean[] interruptedAfter = new boolean[1];
    Thread closing =
        new Thread(
            () -> {
              Thread.currentThread().interrupt();
              try {
                in.close();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              interruptedAfter[0] = Thread.currentThread().isInterrupted();
            });

    closing.start();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    while (closing.getState() != Thread.State.WAITING || closing.isInterrupted()) {
      assertThat(System.nanoTime()).as("the close waits").isLessThan(deadline);
      Thread.sleep(1);
    }
    assertThat(events.all).doesNotContain("stop", "close");
    release.countDown();
    closing.join(20_000);

    assertThat(closing.isAlive()).isFalse();
    assertThat(interruptedAfter[0]).isTrue();
    assertThat(events.all).startsWith("starting", "read 1000");
    events.assertStoppedThenClosedLast();
  }

  @Test
  void aCloseBeforeTheFirstChunkStillStopsTheProgressFirst() throws Exception {
    Events events = new Events();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    ReadAhead in = new ReadAhead(recorded(events, bytes(1000), release), events);
    Thread closing =
        new Thread(
            () -> {
              try {
                in.close();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    closing.start();
    release.countDown();
    closing.join(20_000);

    assertThat(closing.isAlive()).isFalse();
    events.assertStoppedThenClosedLast();
  }
}
