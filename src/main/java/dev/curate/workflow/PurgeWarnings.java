package dev.curate.workflow;

import dev.curate.model.RedditThread;
import dev.curate.model.SourceResult;
import dev.curate.model.SubredditFetch;
import dev.curate.model.ThreadUse;
import dev.curate.store.Store;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells, thread by thread, what a purge takes from the editor's work. Purging stays (Reddit's Data
 * API terms: "When posts and comments are deleted, you must delete all content related to the
 * post"), but a thread that was on a shortlist, or in an issue already published, must not vanish
 * as one of "19 deleted by their authors": the editor has a place to refill or an article that
 * names a thread which is gone. The warning names the thread by id only; its content is what the
 * terms make us forget.
 */
final class PurgeWarnings {
  private PurgeWarnings() {}

  /**
   * The fetch, with a warning for each thread it purges that a shortlist or a published issue
   * refers to.
   */
  static SubredditFetch added(SubredditFetch fetch, Store store) {
    List<String> purged =
        fetch.threads().items().stream()
            .filter(RedditThread::deleted)
            .map(RedditThread::id)
            .toList();
    if (purged.isEmpty()) {
      return fetch;
    }
    List<String> warnings = store.uses(purged).stream().map(PurgeWarnings::of).toList();
    if (warnings.isEmpty()) {
      return fetch;
    }
    SourceResult<RedditThread> threads = fetch.threads();
    return new SubredditFetch(
        fetch.subreddit(),
        new SourceResult<>(threads.items(), threads.report().withWarnings(warnings)),
        fetch.figures());
  }

  /**
   * e.g. "thread 9v1x7k, deleted by its author, is purged as Reddit's Data API terms require: it
   * was #2 on the 2018-11 shortlist and is featured in the published issue of 2018-11
   * (https://example.com/2018/11); run 'curate rank --month 2018-11' to fill its place; the
   * published article still names it".
   */
  static String of(ThreadUse use) {
    List<String> parts = new java.util.ArrayList<>();
    use.shortlisted()
        .forEach(p -> parts.add("was #" + p.rank() + " on the " + p.month() + " shortlist"));
    use.published()
        .forEach(
            i ->
                parts.add(
                    "is featured in the published issue of "
                        + i.month()
                        + (i.url() == null ? "" : " (" + i.url() + ")")));
    StringBuilder text =
        new StringBuilder(
            "thread "
                + use.threadId()
                + ", deleted by its author, is purged as Reddit's Data API terms require: it "
                + String.join(" and ", parts));
    if (!use.shortlisted().isEmpty()) {
      text.append("; run ")
          .append(
              use.shortlisted().stream()
                  .map(p -> "'curate rank --month " + p.month() + "'")
                  .distinct()
                  .collect(Collectors.joining(" and ")))
          .append(" to fill its place");
    }
    if (!use.published().isEmpty()) {
      text.append("; the published article still names it");
    }
    return text.toString();
  }
}
