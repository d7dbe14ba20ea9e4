package dev.curate.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
  static List<String> lines(String text) throws IOException {
    List<String> lines = new ArrayList<>();
    new LineSplitter(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .forEachLine((b, off, len) -> lines.add(new String(b, off, len, StandardCharsets.UTF_8)));
    return lines;
  }

  @Test
  void splitsOnNewlinesDropsBlankLinesAndCarriageReturnsAndKeepsTheLastLine() throws IOException {
    assertThat(lines("a\r\n\n  \nb\nlast")).containsExactly("a", "b", "last");
  }

  @Test
  void aLineLongerThanTheBufferArrivesWhole() throws IOException {
    String longLine = "x".repeat(3 * 1024 * 1024 + 17);
    assertThat(lines("short\n" + longLine + "\nnext\n" + longLine))
        .containsExactly("short", longLine, "next", longLine);
  }

  @Test
  void multiByteCharactersSplitAcrossReadsStayIntact() throws IOException {
    String line = "ü🤖".repeat(400_000);
    assertThat(lines(line + "\n" + line)).containsExactly(line, line);
  }

  @Test
  void findsANewlineAtEveryPlaceOfAnEightByteWordAmongBytesOfEveryValue() {
    // Bytes next to '\n' in value (0x09, 0x0B) and bytes above 0x7F are where a word-at-a-time
    // test can go wrong; so is a newline right after a zero byte or a 0x01.
    byte[] fill = {0x00, 0x01, 0x09, 0x0B, (byte) 0x8A, (byte) 0xFF, 'x', 0x0A - 0x01};
    for (int length = 0; length <= 40; length++) {
      for (int at = 0; at <= length; at++) {
        byte[] b = new byte[length + 3];
        for (int i = 0; i < b.length; i++) {
          b[i] = fill[(i * 5 + length) % fill.length];
        }
        if (at < length) {
          b[3 + at] = '\n';
        }
        int expected = at < length ? 3 + at : -1;
        assertThat(LineSplitter.newline(b, 3, 3 + length))
            .as("newline at %d of %d", at, length)
            .isEqualTo(expected);
      }
    }
  }
}
