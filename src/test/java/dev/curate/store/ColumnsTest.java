package dev.curate.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Instants as column text: the digit-by-digit writer says exactly what the pattern says. */
class ColumnsTest {
  private static final DateTimeFormatter PATTERN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  @Test
  void writesInstantsAsTheFixedWidthPatternDoesAndReadsThemBack() {
    Random random = new Random(181130);
    long lowest = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long highest = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      Instant instant =
          Instant.ofEpochSecond(
              lowest + (long) (random.nextDouble() * (highest - lowest)),
              random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
      assertThat(Columns.instant(instant)).isEqualTo(PATTERN.format(instant));
    }
    for (String edge :
        new String[] {
          "1970-01-01T00:00:00Z",
          "2018-11-30T23:59:59.999999999Z",
          "2000-02-29T12:00:00.5Z",
          "-0001-12-31T23:59:59Z",
          "+10000-01-01T00:00:00Z"
        }) {
      Instant instant = Instant.parse(edge);
      assertThat(Columns.instant(instant)).as(edge).isEqualTo(PATTERN.format(instant));
    }
    assertThat(Columns.instant(null)).isNull();
  }

  /** Lists of strings: the text ObjectMapper wrote before, character for character. */
  @Test
  void writesStringListsAsJacksonDoes() throws Exception {
    ObjectMapper jackson = new ObjectMapper();
    Columns columns = new Columns(jackson);
    List<List<String>> lists = new ArrayList<>();
    lists.add(List.of());
    lists.add(List.of(""));
    lists.add(List.of("9tmzzz", "9tn001", "123"));
    lists.add(Arrays.asList("a", null, "b"));
    StringBuilder everyAscii = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      everyAscii.append(c);
    }
    lists.add(
        List.of(everyAscii.toString(), "\u00e9\u00fc \u5b66\u4e60 \ud83e\udd16 \u2028\u2029"));
    Random random = new Random(20181130);
    for (int i = 0; i < 2_000; i++) {
      List<String> list = new ArrayList<>();
      for (int n = random.nextInt(4); n > 0; n--) {
        char[] text = new char[random.nextInt(12)];
        for (int j = 0; j < text.length; j++) {
          text[j] = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000));
        }
        list.add(new String(text));
      }
      lists.add(list);
    }
    for (List<String> list : lists) {
      assertThat(columns.stringList(list)).isEqualTo(jackson.writeValueAsString(list));
    }
    assertThat(columns.stringList(null)).isEqualTo("[]");
  }
}
