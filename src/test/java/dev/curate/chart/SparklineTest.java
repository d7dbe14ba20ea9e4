package dev.curate.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {
  @Test
  void drawsOneBlockADayTheHighestDayFull() {
    assertThat(Sparkline.of(List.of(0, 1, 2, 3, 4, 5, 6, 7))).isEqualTo("▁▂▃▄▅▆▇█");
  }

  @Test
  void aDayWithAFewStarsNeverLooksLikeADayWithNone() {
    // 1 star beside 1,000: the lowest block that is not "none".
    assertThat(Sparkline.of(List.of(0, 1, 1000))).isEqualTo("▁▂█");
  }

  @Test
  void starsBoughtOnOneDayStandAloneAndASteadyClimbRises() {
    List<Integer> spike = new ArrayList<>(java.util.Collections.nCopies(30, 0));
    spike.set(17, 4000);
    assertThat(Sparkline.of(spike)).isEqualTo("▁".repeat(17) + "█" + "▁".repeat(12));
    List<Integer> climb = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      climb.add(day * 10);
    }
    assertThat(Sparkline.of(climb)).isEqualTo("▂▃▄▅▆▇█");
  }

  @Test
  void aMonthWithoutStarsIsFlatAndNoDaysIsNothing() {
    assertThat(Sparkline.of(List.of(0, 0, 0))).isEqualTo("▁▁▁");
    assertThat(Sparkline.of(List.of())).isEmpty();
  }
}
