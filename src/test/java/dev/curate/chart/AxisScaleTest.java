package dev.curate.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisScaleTest {
  @Test
  void reachesTheHighestValueInRoundStepsWithTheLowestRoundMaximum() {
    assertThat(AxisScale.covering(380)).isEqualTo(new AxisScale(100, 4));
    assertThat(AxisScale.covering(120)).isEqualTo(new AxisScale(25, 5));
    assertThat(AxisScale.covering(45)).isEqualTo(new AxisScale(10, 5));
    assertThat(AxisScale.covering(20)).isEqualTo(new AxisScale(5, 4));
    assertThat(AxisScale.covering(3)).isEqualTo(new AxisScale(1, 3));
  }

  @Test
  void aMonthWithoutStarsStillHasAnAxisFromZeroToOne() {
    assertThat(AxisScale.covering(0)).isEqualTo(new AxisScale(1, 1));
  }

  @Test
  void everyMaximumCoversItsValueWithinTwiceIt() {
    for (long v = 1; v <= 100_000; v = v * 3 / 2 + 1) {
      AxisScale scale = AxisScale.covering(v);
      assertThat(scale.max()).as("%d", v).isGreaterThanOrEqualTo(v).isLessThanOrEqualTo(2 * v);
      assertThat(scale.steps()).isBetween(1, 5);
    }
  }

  @Test
  void aSecondAxisKeepsTheFirstOnesStepsSoTheyShareGridlines() {
    assertThat(AxisScale.covering(5510, 4)).isEqualTo(new AxisScale(2000, 4));
    assertThat(AxisScale.covering(0, 3)).isEqualTo(new AxisScale(1, 3));
  }
}
