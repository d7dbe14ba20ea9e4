package dev.curate.chart;

import java.util.Objects;

/**
 * The words of a star chart, in the language of the page it goes into; the chart itself draws
 * numbers only.
 *
 * @param title shown at the top and read first by a screen reader ({@code <title>})
 * @param description what a screen reader says of the chart ({@code <desc>}): the figures, not the
 *     shapes
 * @param barsLabel names the bars (stars per day) beside the left axis
 * @param lineLabel names the line (the running total) beside the right axis
 */
public record ChartText(String title, String description, String barsLabel, String lineLabel) {
  public ChartText {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(barsLabel, "barsLabel");
    Objects.requireNonNull(lineLabel, "lineLabel");
  }
}
