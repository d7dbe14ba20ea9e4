package dev.curate.reddit;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.ThreadFigures;
import dev.curate.reddit.api.InfoRefresher;
import dev.curate.reddit.post.ArchivedPosts;
import dev.curate.reddit.post.Post;
import dev.curate.reddit.post.SkippedPosts;
import dev.curate.reddit.post.ThreadMapper;
import dev.curate.reddit.post.UnusablePost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The month's threads of one subreddit from the posts an archive or a dump served, already mapped
 * as they were read ({@link ArchivedPosts}, with the same mapping and eligibility as listings),
 * then Reddit's current figures where a refresh brought them. A post its author deleted (in the
 * archive already, or found so on refresh) becomes a tombstone, so that any stored copy is purged.
 */
final class ArchivedThreads {
  private final ThreadMapper mapper = new ThreadMapper();

  /**
   * @param kept the month's live threads, with the figures ranking should use
   * @param deleted tombstones
   * @param figures archived and refreshed figures of every kept thread
   * @param unusableAnswers posts of Reddit's {@code /api/info} answer with an unusable value: their
   *     threads keep the archive's figures
   * @param unserved kept threads Reddit left out of its answer: it no longer serves them. They stay
   *     (the archive saw them), with the archive's figures and the time Reddit said so
   */
  record Mapped(
      List<RedditThread> kept,
      List<RedditThread> deleted,
      List<ThreadFigures> figures,
      SkippedPosts unusableAnswers,
      List<RedditThread> unserved) {}

  /** The month's live threads with their archived figures, before any refresh. */
  List<RedditThread> live(ArchivedPosts read, CalendarMonth month) {
    return read.archived().stream()
        .map(ArchivedPosts.Archived::thread)
        .filter(t -> !t.deleted() && month.contains(t.createdAt()))
        .toList();
  }

  Mapped map(
      ArchivedPosts read, String subreddit, CalendarMonth month, InfoRefresher.Refresh refresh) {
    List<RedditThread> kept = new ArrayList<>();
    List<RedditThread> deleted = new ArrayList<>();
    List<ThreadFigures> figures = new ArrayList<>();
    SkippedPosts unusableAnswers = new SkippedPosts();
    unusableAnswers.addAll(refresh.unusable());
    List<RedditThread> unserved = new ArrayList<>();
    for (ArchivedPosts.Archived entry : read.archived()) {
      RedditThread archived = entry.thread();
      RedditThread current = null;
      Post now = refresh.current().get(archived.id());
      if (now != null) {
        try {
          current = mapper.map(now, subreddit, refresh.at());
        } catch (UnusablePost e) {
          unusableAnswers.add(e);
        }
      }
      if (archived.deleted() || (current != null && current.deleted())) {
        deleted.add(current != null && current.deleted() ? current : archived);
        continue;
      }
      if (!month.contains(archived.createdAt())) {
        continue;
      }
      // Reddit's answer is the post as it is now (a moderator may have removed it since).
      kept.add(current == null ? archived : current);
      boolean gone = refresh.unserved().contains(archived.id());
      if (gone) {
        unserved.add(archived);
      }
      figures.add(
          new ThreadFigures(
              archived.id(),
              archived.score(),
              archived.comments(),
              seconds(entry.post().retrievedOn()),
              current == null ? null : current.score(),
              current == null ? null : current.comments(),
              current == null ? null : refresh.at(),
              gone ? refresh.at() : null));
    }
    return new Mapped(kept, deleted, figures, unusableAnswers, unserved);
  }

  /** When the archive collected a post; unknown when it does not say, or says something absurd. */
  private static Instant seconds(java.math.BigDecimal epoch) {
    return ThreadMapper.instantOf(epoch).orElse(null);
  }
}
