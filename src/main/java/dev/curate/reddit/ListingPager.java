package dev.curate.reddit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Follows a listing's {@code after} cursor to its end, the way praw's {@code ListingGenerator}
 * does: stop on a null {@code after}, an empty page, or an {@code after} already seen (Reddit
 * sometimes hands the same cursor back, which would loop forever), and after {@code maxPages}.
 * Posts that appear on two pages (the listing shifts while it is read) are kept once, by
 * fullname ({@code t3_...}), the key Reddit pages by.
 */
final class ListingPager {
  private final RedditClient client;
  private final int maxPages;
  private final Consumer<String> progress;

  ListingPager(RedditClient client, int maxPages, Consumer<String> progress) {
    this.client = client;
    this.maxPages = maxPages;
    this.progress = progress;
  }

  /**
   * @param posts unique posts in listing order
   * @param found posts Reddit returned, duplicates included
   * @param truncated true when {@code maxPages} stopped the reading before the listing ended
   */
  record Result(List<Post> posts, int found, int pages, boolean truncated) {
    Result {
      posts = List.copyOf(posts);
    }
  }

  Result readAll(String subreddit, TopWindow window) {
    Map<String, Post> unique = new LinkedHashMap<>();
    Set<String> cursors = new HashSet<>();
    int found = 0;
    int pages = 0;
    String after = null;
    while (true) {
      if (pages >= maxPages) {
        return new Result(new ArrayList<>(unique.values()), found, pages, true);
      }
      Listing.Page page = client.topPage(subreddit, window, after);
      pages++;
      List<Post> posts = page.children().stream()
          .filter(child -> "t3".equals(child.kind()) && child.data() != null)
          .map(Listing.Thing::data)
          .toList();
      found += posts.size();
      for (Post post : posts) {
        unique.putIfAbsent(fullname(post, unique.size()), post);
      }
      progress.accept("r/" + subreddit + ": page " + pages + ", " + posts.size() + " posts (t=" + window.parameter() + ")");
      after = page.after();
      if (posts.isEmpty() || after == null || !cursors.add(after)) {
        return new Result(new ArrayList<>(unique.values()), found, pages, false);
      }
    }
  }

  /**
   * The post's fullname; built from the id when Reddit left {@code name} out. A post with
   * neither gets a key of its own, so that {@link ThreadMapper} reports it instead of it
   * vanishing as a "duplicate".
   */
  private static String fullname(Post post, int position) {
    if (post.name() != null && !post.name().isBlank()) {
      return post.name();
    }
    if (post.id() != null && !post.id().isBlank()) {
      return post.id().startsWith("t3_") ? post.id() : "t3_" + post.id();
    }
    return "#" + position;
  }
}
