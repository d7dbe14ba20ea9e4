package dev.curate.reddit;

import dev.curate.model.CalendarMonth;
import dev.curate.model.RedditThread;
import dev.curate.model.ThreadFigures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the month's posts of one subreddit, read from an archive or a dump, into threads: the
 * same mapping and eligibility as listings ({@link ThreadMapper}), then Reddit's current figures
 * where a refresh brought them. A post its author deleted (in the archive already, or found so
 * on refresh) becomes a tombstone, so that any stored copy is purged.
 */
final class ArchivedThreads {
  private final ThreadMapper mapper = new ThreadMapper();

  /**
   * @param kept the month's live threads, with the figures ranking should use
   * @param deleted tombstones
   * @param figures archived and refreshed figures of every kept thread
   */
  record Mapped(List<RedditThread> kept, List<RedditThread> deleted, List<ThreadFigures> figures) {}

  /** The month's live threads with their archived figures, before any refresh. */
  List<RedditThread> live(List<Post> posts, String subreddit, CalendarMonth month, Instant fetchedAt) {
    return posts.stream()
        .map(post -> mapper.map(post, subreddit, fetchedAt))
        .filter(t -> !t.deleted() && month.contains(t.createdAt()))
        .toList();
  }

  Mapped map(List<Post> posts, String subreddit, CalendarMonth month, Instant fetchedAt,
      InfoRefresher.Refresh refresh) {
    List<RedditThread> kept = new ArrayList<>();
    List<RedditThread> deleted = new ArrayList<>();
    List<ThreadFigures> figures = new ArrayList<>();
    for (Post post : posts) {
      RedditThread archived = mapper.map(post, subreddit, fetchedAt);
      Post now = refresh.current().get(archived.id());
      RedditThread current = now == null ? null : mapper.map(now, subreddit, refresh.at());
      if (archived.deleted() || (current != null && current.deleted())) {
        deleted.add(current != null && current.deleted() ? current : archived);
        continue;
      }
      if (!month.contains(archived.createdAt())) {
        continue;
      }
      // Reddit's answer is the post as it is now (a moderator may have removed it since).
      kept.add(current == null ? archived : current);
      figures.add(new ThreadFigures(archived.id(), archived.score(), archived.comments(),
          seconds(post.retrievedOn()), current == null ? null : current.score(),
          current == null ? null : current.comments(), current == null ? null : refresh.at()));
    }
    return new Mapped(kept, deleted, figures);
  }

  private static Instant seconds(java.math.BigDecimal epoch) {
    return epoch == null ? null : ThreadMapper.instant(epoch);
  }
}
