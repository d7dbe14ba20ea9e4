package dev.curate.testing;

import dev.curate.model.HttpActivity;
import dev.curate.model.ReadMethod;
import dev.curate.model.SourceId;
import dev.curate.model.SourceReport;
import java.util.List;

/** Reports of fetches that went plainly: complete, no traffic to speak of, no archive count. */
public final class SourceReports {
  private SourceReports() {}

  /** A GitHub search's report. */
  public static SourceReport github(int requests, int found, int kept, List<String> warnings) {
    return new SourceReport(
        SourceId.GITHUB,
        requests,
        found,
        kept,
        warnings,
        HttpActivity.NONE,
        true,
        ReadMethod.SEARCH,
        null);
  }

  /** A subreddit's report from its top listing. */
  public static SourceReport subreddit(
      String name, int requests, int found, int kept, List<String> warnings) {
    return new SourceReport(
        new SourceId.Subreddit(name),
        requests,
        found,
        kept,
        warnings,
        HttpActivity.NONE,
        true,
        ReadMethod.LISTING,
        null);
  }
}
