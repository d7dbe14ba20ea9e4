package dev.curate.cli.output;

import dev.curate.model.Shortlist;
import java.io.PrintWriter;

/** STUB until feat/rankdraft lands. */
public final class ShortlistJson {
  public void write(Shortlist shortlist, PrintWriter out) {
    throw new UnsupportedOperationException("not yet");
  }
}
