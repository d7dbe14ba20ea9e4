package dev.curate.reddit.archive;

import dev.curate.model.CalendarMonth;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import dev.curate.reddit.post.Post;
import dev.curate.reddit.post.ThreadMapper;
import dev.curate.reddit.post.UnusablePost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a whole month of a subreddit from the archive. The archive has no cursor: the next page
 * starts where the last one's newest {@code created_utc} was. Several posts can share a second, and
 * a page can end in the middle of them, and the archive does not say whether {@code after} is
 * inclusive. So each next page starts one second <em>before</em> the last post's second: whichever
 * way {@code after} is meant, every post of that second comes again, and duplicates are dropped by
 * id. The price is a few repeated posts per page.
 *
 * <p>A full page with nothing new means more than a page of posts within those two seconds; then
 * the start moves on by a second each time (warning that posts of that second may be missing), so
 * the reading always ends.
 */
public final class ArchivePager {
  private final ArcticShiftClient client;
  private final Consumer<String> progress;

  public ArchivePager(ArcticShiftClient client, Consumer<String> progress) {
    this.client = client;
    this.progress = progress;
  }

  /**
   * @param posts unique posts in creation order; {@code pages} requests sent
   * @param unusable posts the archive sent that could not be read, once each
   */
  public record Result(
      List<Post> posts, int pages, List<String> warnings, List<UnusablePost> unusable) {
    public Result {
      posts = List.copyOf(posts);
      warnings = List.copyOf(warnings);
      unusable = List.copyOf(unusable);
    }
  }

  /**
   * What {@link #readMonth} sends: the month's first page, then a page from the last post's second
   * for as long as pages come full, which only the month's posts bound.
   */
  public List<PlannedRequest> plan(String subreddit, CalendarMonth month) {
    long before = month.end().getEpochSecond();
    return List.of(
        PlannedRequest.get(
            client.searchUrl(subreddit, Long.toString(ArchiveUrls.firstAfter(month)), before),
            Purpose.of(Purpose.Kind.ARCHIVE_POSTS, subreddit)),
        PlannedRequest.get(
                client.searchUrl(subreddit, "{after}", before),
                Purpose.of(Purpose.Kind.ARCHIVE_MORE_POSTS, subreddit))
            .atLeast(0));
  }

  public Result readMonth(String subreddit, CalendarMonth month) {
    Map<String, Post> unique = new LinkedHashMap<>();
    // Pages overlap by a second, so an unreadable post may come twice: counted once.
    Map<String, UnusablePost> unusable = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    long before = month.end().getEpochSecond();
    long after = ArchiveUrls.firstAfter(month);
    int pages = 0;
    while (true) {
      ArcticShiftClient.Page page = client.searchPage(subreddit, after, before);
      pages++;
      int added = 0;
      for (Post post : page.posts()) {
        if (post.id() != null && unique.putIfAbsent(post.id(), post) == null) {
          added++;
        }
      }
      for (UnusablePost bad : page.unusable()) {
        unusable.putIfAbsent(bad.id() == null ? "#" + unusable.size() : bad.id(), bad);
      }
      if (pages % 10 == 0) {
        progress.accept(
            "r/" + subreddit + ": archive page " + pages + ", " + unique.size() + " posts so far");
      }
      if (page.size() < ArcticShiftClient.PAGE_SIZE) {
        return new Result(
            new ArrayList<>(unique.values()), pages, warnings, new ArrayList<>(unusable.values()));
      }
      long last = lastSecond(page.posts(), after);
      if (added > 0) {
        after = Math.max(after, last - 1);
      } else {
        long next = Math.max(last, after + 1);
        warnings.add(
            "r/"
                + subreddit
                + ": more than "
                + ArcticShiftClient.PAGE_SIZE
                + " archived posts within two seconds around "
                + java.time.Instant.ofEpochSecond(next)
                + "; some of them may be missing");
        after = next;
      }
    }
  }

  /**
   * The second of the page's newest post with a usable date (the archive sorts by it); a post dated
   * {@code 1e300} or not at all must neither stop the paging nor send it past the month.
   */
  private static long lastSecond(List<Post> page, long fallback) {
    for (int i = page.size() - 1; i >= 0; i--) {
      var at = ThreadMapper.instantOf(page.get(i).createdUtc());
      if (at.isPresent()) {
        return at.get().getEpochSecond();
      }
    }
    return fallback + 1;
  }
}
