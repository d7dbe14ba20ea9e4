package dev.curate.reddit;

import dev.curate.model.CalendarMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a whole month of a subreddit from the archive. The archive has no cursor: the next page
 * starts where the last one's newest {@code created_utc} was. Several posts can share a second,
 * and a page can end in the middle of them, and the archive does not say whether {@code after}
 * is inclusive. So each next page starts one second <em>before</em> the last post's second:
 * whichever way {@code after} is meant, every post of that second comes again, and duplicates
 * are dropped by id. The price is a few repeated posts per page.
 *
 * <p>A full page with nothing new means more than a page of posts within those two seconds; then
 * the start moves on by a second each time (warning that posts of that second may be missing),
 * so the reading always ends.
 */
final class ArchivePager {
  private final ArcticShiftClient client;
  private final Consumer<String> progress;

  ArchivePager(ArcticShiftClient client, Consumer<String> progress) {
    this.client = client;
    this.progress = progress;
  }

  /** @param posts unique posts in creation order; {@code pages} requests sent */
  record Result(List<Post> posts, int pages, List<String> warnings) {
    Result {
      posts = List.copyOf(posts);
      warnings = List.copyOf(warnings);
    }
  }

  Result readMonth(String subreddit, CalendarMonth month) {
    Map<String, Post> unique = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    long before = month.end().getEpochSecond();
    long after = ArchiveUrls.firstAfter(month);
    int pages = 0;
    while (true) {
      List<Post> page = client.searchPage(subreddit, after, before);
      pages++;
      int added = 0;
      for (Post post : page) {
        if (post.id() != null && unique.putIfAbsent(post.id(), post) == null) {
          added++;
        }
      }
      if (pages % 10 == 0) {
        progress.accept("r/" + subreddit + ": archive page " + pages + ", " + unique.size() + " posts so far");
      }
      if (page.size() < ArcticShiftClient.PAGE_SIZE) {
        return new Result(new ArrayList<>(unique.values()), pages, warnings);
      }
      long last = lastSecond(page, after);
      if (added > 0) {
        after = Math.max(after, last - 1);
      } else {
        long next = Math.max(last, after + 1);
        warnings.add("r/" + subreddit + ": more than " + ArcticShiftClient.PAGE_SIZE
            + " archived posts within two seconds around " + java.time.Instant.ofEpochSecond(next)
            + "; some of them may be missing");
        after = next;
      }
    }
  }

  private static long lastSecond(List<Post> page, long fallback) {
    BigDecimal last = page.get(page.size() - 1).createdUtc();
    return last == null ? fallback + 1 : last.setScale(0, RoundingMode.FLOOR).longValueExact();
  }
}
