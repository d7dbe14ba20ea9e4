package dev.curate.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StarSparklinesTest {
  private static List<Integer> november(int day, int stars) {
    List<Integer> days = new ArrayList<>(Collections.nCopies(30, 0));
    days.set(day - 1, stars);
    return days;
  }

  @Test
  void drawsTheMonthAndNamesItsBestDay() {
    assertThat(StarSparklines.line(november(22, 4000)))
        .isEqualTo(
            "stars per day "
                + "▁".repeat(21)
                + "█"
                + "▁".repeat(8)
                + " (1-30, most 4,000 on the 22nd)");
  }

  @Test
  void ordinalsReadAsWritten() {
    assertThat(StarSparklines.line(november(1, 1))).endsWith("most 1 on the 1st)");
    assertThat(StarSparklines.line(november(3, 1))).endsWith("on the 3rd)");
    assertThat(StarSparklines.line(november(11, 1))).endsWith("on the 11th)");
    assertThat(StarSparklines.line(november(12, 1))).endsWith("on the 12th)");
    assertThat(StarSparklines.line(november(13, 1))).endsWith("on the 13th)");
    assertThat(StarSparklines.line(november(23, 1))).endsWith("on the 23rd)");
  }

  @Test
  void aMonthWithoutStarsSaysSo() {
    assertThat(StarSparklines.line(Collections.nCopies(31, 0)))
        .isEqualTo("stars per day " + "▁".repeat(31) + " (1-31, none on any day)");
  }

  @Test
  void onlyRepositoriesWithDaysGetALineLookedUpWhateverTheCase() {
    Map<String, String> lines =
        StarSparklines.lines(Map.of("NVIDIA/waveglow", november(1, 20), "a/none", List.of()));

    assertThat(lines).containsOnlyKeys("NVIDIA/waveglow");
    assertThat(lines.get("nvidia/WaveGlow")).startsWith("stars per day █");
  }
}
