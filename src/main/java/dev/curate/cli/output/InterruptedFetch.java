package dev.curate.cli.output;

import dev.curate.model.CalendarMonth;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one line a fetch interrupted by Ctrl-C ends with: what this fetch kept. Each source is saved
 * in one transaction after it has been read whole, so a source is either kept entirely or not at
 * all, and one caught mid-save is in the store whole or not at all: the words say that, no more.
 */
public final class InterruptedFetch {
  private InterruptedFetch() {}

  /**
   * @param saved the sources whose save has committed, in order
   * @param saving the sources whose save had begun and not yet committed: one, or two when GitHub
   *     and Reddit (read side by side) were both saving, one waiting for the other's transaction
   */
  public static String line(CalendarMonth month, List<SourceReport> saved, List<SourceId> saving) {
    String names = saving.stream().map(InterruptedFetch::name).collect(Collectors.joining(" and "));
    String whole = " the store has all of " + (saving.size() > 1 ? "each" : "it") + " or none";
    if (saved.isEmpty()) {
      return saving.isEmpty()
          ? "Interrupted: this fetch kept nothing of " + month + "; the store is unchanged"
          : "Interrupted while saving "
              + names
              + " of "
              + month
              + ":"
              + whole
              + "; nothing else of this fetch was saved";
    }
    StringBuilder line =
        new StringBuilder("Interrupted: kept ")
            .append(saved.stream().map(InterruptedFetch::kept).collect(Collectors.joining(", ")))
            .append(" of ")
            .append(month);
    if (!saving.isEmpty()) {
      line.append("; ")
          .append(names)
          .append(saving.size() > 1 ? " were" : " was")
          .append(" being saved:")
          .append(whole);
    }
    return line.append("; nothing else of this fetch was saved, earlier fetches are intact")
        .toString();
  }

  private static String kept(SourceReport report) {
    String what = report.source() instanceof SourceId.GitHub ? "repositories" : "threads";
    return name(report.source()) + " (" + report.kept() + " " + what + ")";
  }

  private static String name(SourceId source) {
    return source instanceof SourceId.Subreddit s ? "r/" + s.name() : source.key();
  }
}
