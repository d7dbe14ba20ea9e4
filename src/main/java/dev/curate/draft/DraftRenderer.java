package dev.curate.draft;

import dev.curate.model.Shortlist;

/** STUB: renders a shortlist as the Markdown skeleton of the month's article. */
public final class DraftRenderer {
  public String render(Shortlist shortlist) {
    throw new UnsupportedOperationException("not yet");
  }
}
