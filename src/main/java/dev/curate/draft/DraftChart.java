package dev.curate.draft;

/**
 * A star chart that goes beside a draft.
 *
 * @param fileName its file's name in the draft's chart folder, e.g. {@code NVIDIA-waveglow.svg}
 * @param svg the chart
 */
public record DraftChart(String fileName, String svg) {}
