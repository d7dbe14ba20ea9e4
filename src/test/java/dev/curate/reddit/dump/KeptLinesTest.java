package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class KeptLinesTest {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  @Test
  void everyLineIsParsedInOrderFromACopyWhileTheReaderReusesItsBuffer() throws IOException {
    List<String> parsed = Collections.synchronizedList(new ArrayList<>());
    byte[] buffer = new byte[64];
    try (KeptLines kept =
        new KeptLines(line -> parsed.add(new String(line, StandardCharsets.UTF_8)))) {
      for (int i = 0; i < 5_000; i++) {
        byte[] text = ("line " + i).getBytes(StandardCharsets.UTF_8);
        Arrays.fill(buffer, (byte) '#');
        System.arraycopy(text, 0, buffer, 3, text.length);
        kept.add(buffer, 3, text.length);
      }
      kept.finish();
    }
    assertThat(parsed).hasSize(5_000);
    for (int i = 0; i < 5_000; i++) {
      assertThat(parsed.get(i)).isEqualTo("line " + i);
    }
  }

  /** More than {@link KeptLines#WAITING} bytes behind a slow parser: the reader waits, no more. */
  @Test
  void theReaderWaitsForRoomWhenTheParserFallsBehindAndALongerLineStillPasses() {
    int lineLength = 64 * 1024;
    int lines = 3 * KeptLines.WAITING / lineLength;
    AtomicInteger waitingMost = new AtomicInteger();
    AtomicInteger handed = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    List<Integer> lengths = Collections.synchronizedList(new ArrayList<>());
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try (KeptLines kept =
              new KeptLines(
                  line -> {
                    waitingMost.accumulateAndGet(
                        (handed.get() - done.get()) * lineLength, Math::max);
                    lengths.add(line.length);
                    done.incrementAndGet();
                    LockSupport.parkNanos(200_000);
                  })) {
            byte[] line = new byte[lineLength];
            for (int i = 0; i < lines; i++) {
              kept.add(line, 0, line.length);
              handed.incrementAndGet();
            }
            byte[] huge = new byte[KeptLines.WAITING + 1];
            kept.add(huge, 0, huge.length);
            kept.finish();
          }
        });
    assertThat(lengths).hasSize(lines + 1);
    assertThat(lengths.get(lines)).isEqualTo(KeptLines.WAITING + 1);
    // The line being parsed, the lines in the queue, and one the reader has counted but not handed.
    assertThat(waitingMost.get()).isLessThanOrEqualTo(KeptLines.WAITING + 2 * lineLength);
  }

  @Test
  void aFailureOfTheParserReachesTheReaderWhichNeverWaitsForeverBehindIt() {
    assertTimeoutPreemptively(
        LIMIT,
        () ->
            assertThatThrownBy(
                    () -> {
                      try (KeptLines kept =
                          new KeptLines(
                              line -> {
                                if (line[0] == 'x') {
                                  throw new IllegalStateException("the configuration failed");
                                }
                              })) {
                        byte[] line = new byte[1 << 20];
                        line[0] = 'x';
                        for (int i = 0; i < 100; i++) {
                          kept.add(line, 0, line.length);
                        }
                        kept.finish();
                      }
                    })
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the configuration failed"));
  }

  @Test
  void aReaderThatLeavesBeforeTheEndStopsTheParsingThread() throws Exception {
    CountDownLatch parsing = new CountDownLatch(1);
    Thread[] parser = new Thread[1];
    KeptLines kept =
        new KeptLines(
            line -> {
              parser[0] = Thread.currentThread();
              parsing.countDown();
            });
    kept.add(new byte[] {'a'}, 0, 1);
    parsing.await();
    kept.close();
    assertThat(parser[0].isAlive()).isFalse();
  }
}
