package dev.curate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curate.model.CalendarMonth;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dry run's window must be the one the fetch uses. The fetch's rule lives in the
 * package-private {@code dev.curate.reddit.TopWindow}, so it is called reflectively here; once
 * that class is public, {@link TopWindowChoice} and this test go.
 */
class TopWindowChoiceTest {
  @ParameterizedTest
  @CsvSource({
    "2026-11, 2026-11-01T00:00:00Z, hour",
    "2026-11, 2026-11-01T00:30:00Z, day",
    "2026-11, 2026-11-01T20:00:00Z, day",
    "2026-11, 2026-11-06T00:00:00Z, week",
    "2026-11, 2026-11-28T10:00:00Z, month",
    "2026-10, 2026-11-28T10:00:00Z, year",
    "2018-11, 2026-11-28T10:00:00Z, all",
    "2025-12, 2026-11-30T22:59:00Z, year",
    "2025-12, 2026-11-30T23:01:00Z, all",
  })
  void choosesTheWindowTheFetchChooses(String month, String now, String expected) throws Exception {
    CalendarMonth m = CalendarMonth.parse(month);
    Instant at = Instant.parse(now);
    assertThat(TopWindowChoice.covering(m, at)).isEqualTo(expected).isEqualTo(fetchWindow(m, at));
  }

  private static String fetchWindow(CalendarMonth month, Instant now) throws Exception {
    Class<?> topWindow = Class.forName("dev.curate.reddit.TopWindow");
    Method covering = topWindow.getDeclaredMethod("covering", CalendarMonth.class, Instant.class);
    Method parameter = topWindow.getDeclaredMethod("parameter");
    for (Method m : List.of(covering, parameter)) {
      m.setAccessible(true);
    }
    return (String) parameter.invoke(covering.invoke(null, month, now));
  }
}
