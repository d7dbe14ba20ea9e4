package dev.curate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
}
