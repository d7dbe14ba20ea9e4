package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.files.LineSplitter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass splitter gives the lines {@link LineSplitter} gives and, for each, what {@link
 * PostPeek#everyTimeOutside} says of it: on lines built from the pieces that make the
 * word-at-a-time tests go wrong (keys cut by a read's end, pairs {@code _u} that are no key, bytes
 * next to a newline or an underscore in value), read a few bytes at a time so that every place of a
 * line meets a read's end.
 */
class DumpLinesTest {
  private static final long NOVEMBER = 1_541_030_400L;
  private static final long DECEMBER = 1_543_622_400L;

  private static final String[] PIECES = {
    "\"created_utc\":1541100000",
    "\"created_utc\": 1500000000",
    "\"created_utc\":1600000000.0",
    "\"created_utc\":\"1541100000\"",
    "\"created_utc\":1.5411E9",
    "\"created_utc\" :1541030399",
    "\"created_utc\"",
    "created_utc\":1500000000",
    "\"approved_at_utc\":null",
    "\"crosspost_parent_list\":[{\"created_utc\":1541100000}]",
    "_u",
    "^_u",
    "__uu",
    "\u000b\n",
    "\u0009",
    "\r",
    "\n",
    "\n\n",
    "  \n",
    "{\"id\":\"x\",",
    "ü🤖",
    "😊\n",
    "abcdefgh",
    "\"title\":\"a\\\"created_utc\\\":1541100000\"",
  };

  private record Line(String text, boolean otherMonth) {}

  /** Hands out at most {@code most} bytes per read. */
  private static InputStream trickle(byte[] bytes, Random random, int most) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(most)));
      }
    };
  }

  private static List<Line> expected(byte[] bytes) throws IOException {
    PostPeek peek = new PostPeek(NOVEMBER, DECEMBER);
    List<Line> lines = new ArrayList<>();
    new LineSplitter(new ByteArrayInputStream(bytes))
        .forEachLine(
            (b, off, len) ->
                lines.add(
                    new Line(
                        new String(b, off, len, StandardCharsets.UTF_8),
                        peek.everyTimeOutside(b, off, len))));
    return lines;
  }

  private static List<Line> actual(InputStream in) throws IOException {
    List<Line> lines = new ArrayList<>();
    new DumpLines(Chunks.of(in), new PostPeek(NOVEMBER, DECEMBER))
        .forEachLine(
            (b, off, len, other) ->
                lines.add(new Line(new String(b, off, len, StandardCharsets.UTF_8), other)));
    return lines;
  }

  @Test
  void givesTheLinesAndJudgementsOfTheTwoPassesWhateverTheReadsCut() throws IOException {
    Random random = new Random(20181130);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

      List<Line> expected = expected(bytes);
      assertThat(actual(new ByteArrayInputStream(bytes))).as(text.toString()).isEqualTo(expected);
      assertThat(actual(trickle(bytes, random, 40))).as(text.toString()).isEqualTo(expected);
      // Reads long enough for the word loop's steps of four words, with the word after them.
      assertThat(actual(trickle(bytes, random, 120))).as(text.toString()).isEqualTo(expected);
    }
  }

  /**
   * The word loop takes 32 bytes a step and carries the word after them into the next step: a key
   * whose pair {@code _u} straddles two words or two steps, or a newline at any place of a step, is
   * found wherever the line puts it, also right before a read's end.
   */
  @Test
  void aKeyOrANewlineAtAnyPlaceOfAStepIsFound() throws IOException {
    String other = "{\"created_utc\":1500000000}";
    String inMonth = "{\"created_utc\":1541100000}";
    for (int pad = 0; pad < 100; pad++) {
      String text =
          "a".repeat(pad) + other + "\n" + "b".repeat(pad % 37) + inMonth + "\n" + other + "\n";
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

      assertThat(actual(new ByteArrayInputStream(bytes)))
          .as(text)
          .isEqualTo(expected(bytes))
          .extracting(Line::otherMonth)
          .containsExactly(true, false, true);
      for (int cut = 1; cut < bytes.length; cut++) {
        assertThat(
                actual(
                    new SequenceInputStream(
                        new ByteArrayInputStream(bytes, 0, cut),
                        new ByteArrayInputStream(bytes, cut, bytes.length - cut))))
            .as(text + " cut at " + cut)
            .extracting(Line::otherMonth)
            .containsExactly(true, false, true);
      }
    }
  }

  /**
   * The pair test also marks an underscore before the byte 0xF5 and 0xDF before 'u' or 0xF5, bytes
   * no UTF-8 text holds but a damaged dump may: such marks are checked and passed over.
   */
  @Test
  void bytesThatAreNoUtf8NextToKeysAndNewlinesChangeNothing() throws IOException {
    byte[][] odd = {
      {'_', (byte) 0xF5}, {(byte) 0xDF, 'u'}, {(byte) 0xDF, (byte) 0xF5}, {(byte) 0x8A}
    };
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int p = random.nextInt(40); p > 0; p--) {
        if (random.nextBoolean()) {
          out.writeBytes(odd[random.nextInt(odd.length)]);
        } else {
          out.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
        }
      }
      byte[] bytes = out.toByteArray();

      List<Line> expected = expected(bytes);
      assertThat(actual(new ByteArrayInputStream(bytes))).isEqualTo(expected);
      assertThat(actual(trickle(bytes, random, 120))).isEqualTo(expected);
    }
  }

  @Test
  void aLineOfAnotherMonthIsMarkedSoAndALineOfTheMonthIsNot() throws IOException {
    String text =
        "{\"id\":\"a\",\"created_utc\":1500000000,\"subreddit\":\"x\"}\n"
            + "{\"id\":\"b\",\"created_utc\":1541100000,\"subreddit\":\"x\"}\n"
            + "{\"id\":\"c\",\"subreddit\":\"no time\"}\n"
            + "{\"crosspost_parent_list\":[{\"created_utc\":1541100000}],\"created_utc\":1500000000}";

    assertThat(actual(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .extracting(Line::otherMonth)
        .containsExactly(true, false, false, false);
  }
}
