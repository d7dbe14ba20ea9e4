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
}
