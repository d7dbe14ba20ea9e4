package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptLinesTest {
  @Test
  void everyLineIsParsedInOrderFromACopyWhileTheReaderReusesItsBuffer() throws IOException {
    List<String> parsed = new ArrayList<>();
    KeptLines kept = new KeptLines(line -> parsed.add(new String(line, StandardCharsets.UTF_8)));
    byte[] buffer = new byte[64];
    for (int i = 0; i < 5_000; i++) {
      byte[] text = ("line " + i).getBytes(StandardCharsets.UTF_8);
      Arrays.fill(buffer, (byte) '#');
      System.arraycopy(text, 0, buffer, 3, text.length);
      kept.add(buffer, 3, text.length);
      if (i % 7 == 0) {
        kept.parseOne();
      }
    }
    kept.finish();

    assertThat(parsed).hasSize(5_000);
    for (int i = 0; i < 5_000; i++) {
      assertThat(parsed.get(i)).isEqualTo("line " + i);
    }
    assertThat(kept.parseOne()).isFalse();
  }

  /** Beyond {@link KeptLines#WAITING} bytes, adding parses the oldest lines first. */
  @Test
  void atMostTheBudgetWaitsAndALongerLineStillPasses() throws IOException {
    int lineLength = 64 * 1024;
    List<Integer> parsed = new ArrayList<>();
    KeptLines kept = new KeptLines(line -> parsed.add(line.length));
    byte[] line = new byte[lineLength];
    int added = 0;
    for (int i = 0; i < 3 * KeptLines.WAITING / lineLength; i++) {
      kept.add(line, 0, line.length);
      added++;
      assertThat((long) (added - parsed.size()) * lineLength)
          .isLessThanOrEqualTo(KeptLines.WAITING);
    }
    assertThat(parsed).isNotEmpty();
    byte[] huge = new byte[KeptLines.WAITING + 1];
    kept.add(huge, 0, huge.length);
    // Alone over the budget: parsed at once, after every line before it.
    assertThat(parsed).hasSize(added + 1);
    assertThat(parsed.get(added)).isEqualTo(KeptLines.WAITING + 1);
    assertThat(kept.parseOne()).isFalse();
  }

  @Test
  void aFailureOfTheParserReachesTheReader() {
    KeptLines kept =
        new KeptLines(
            line -> {
              throw new IllegalStateException("the configuration failed");
            });
    try {
      kept.add(new byte[] {'x'}, 0, 1);
      kept.finish();
    } catch (IllegalStateException | IOException e) {
      assertThat(e).hasMessage("the configuration failed");
      return;
    }
    throw new AssertionError("the failure was lost");
  }
}
