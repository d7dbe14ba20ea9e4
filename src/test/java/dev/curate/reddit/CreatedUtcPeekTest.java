package dev.curate.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreatedUtcPeekTest {
  static long peek(String line) {
    byte[] b = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
    return CreatedUtcPeek.seconds(b, 2, b.length - 4);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\":\"a\",\"created_utc\":1541030400,\"score\":1}|1541030400",
      "{\"created_utc\": 1541030400.0}|1541030400",
      "{\"created_utc\" :\t1541030400.75}|1541030400",
      "{\"created_utc\":\"1541030400\"}|1541030400",
      "{\"title\":\"x\",\"created_utc\":1541030401}|1541030401"})
  void findsTheSecondsInEveryFormTheArchivesWrote(String line, long seconds) {
    assertThat(peek(line)).isEqualTo(seconds);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\":\"a\"}",
      "{\"created_utc\":null}",
      "{\"created_utc\":-5}",
      "{\"created_utc\":\"soon\"}",
      "{\"created_utc\":12345678901234567890123}",
      "{\"created_utc\"",
      "{\"created_utc\":1.541592E9}",
      "{\"created_utc\":15415920e2}"})
  void anythingElseIsUnknownSoTheLineIsParsedInFull(String line) {
    assertThat(peek(line)).isEqualTo(CreatedUtcPeek.UNKNOWN);
  }
}
