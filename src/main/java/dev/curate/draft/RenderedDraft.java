package dev.curate.draft;

import java.util.List;

/**
 * A draft and the charts it links, which must be written to its chart folder together with it.
 *
 * @param charts empty when the draft was rendered without a chart folder
 */
public record RenderedDraft(String markdown, List<DraftChart> charts) {
  public RenderedDraft {
    charts = List.copyOf(charts);
  }
}
