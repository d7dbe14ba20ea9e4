package dev.curate.cli.output;

import dev.curate.model.Shortlist;
import java.io.PrintWriter;

/** STUB until feat/rankdraft lands. */
public final class ShortlistTable {
  public void write(Shortlist shortlist, PrintWriter out, boolean aligned) {
    throw new UnsupportedOperationException("not yet");
  }
}
