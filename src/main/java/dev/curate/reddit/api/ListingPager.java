package dev.curate.reddit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.plan.Budget;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import dev.curate.reddit.post.Post;
import dev.curate.reddit.post.PostReader;
import dev.curate.reddit.post.UnusablePost;
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
 * Posts that appear on two pages (the listing shifts while it is read) are kept once, by fullname
 * ({@code t3_...}), the key Reddit pages by.
 */
public final class ListingPager {
  private final RedditClient client;
  private final int maxPages;
  private final Consumer<String> progress;
  private final PostReader reader = new PostReader(new ObjectMapper());

  public ListingPager(RedditClient client, int maxPages, Consumer<String> progress) {
    this.client = client;
    this.maxPages = maxPages;
    this.progress = progress;
  }

  /**
   * @param posts unique posts in listing order
   * @param found posts Reddit returned, duplicates and unusable ones included
   * @param truncated true when {@code maxPages} stopped the reading before the listing ended
   * @param unusable posts left out because a value could not be read ({@link PostReader})
   */
  public record Result(
      List<Post> posts, int found, int pages, boolean truncated, List<UnusablePost> unusable) {
    public Result {
      posts = List.copyOf(posts);
      unusable = List.copyOf(unusable);
    }
  }

  /**
   * What {@link #readAll} sends: the first page, then the page after each {@code after} cursor, at
   * most {@code maxPages}.
   */
  public PlannedRequest plan(String subreddit, TopWindow window) {
    return PlannedRequest.get(
            client.topUrl(subreddit, window, "{after}"),
            Purpose.of(Purpose.Kind.LISTING, subreddit))
        .times(1, maxPages)
        .countedIn(Budget.Bucket.REDDIT_API);
  }

  public Result readAll(String subreddit, TopWindow window) {
    Map<String, Post> unique = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    List<UnusablePost> unusable = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    int found = 0;
    int pages = 0;
    String after = null;
    while (true) {
      if (pages >= maxPages) {
        return new Result(new ArrayList<>(unique.values()), found, pages, true, unusable);
      }
      Listing.Page page = client.topPage(subreddit, window, after);
      pages++;
      List<JsonNode> posts =
          page.children().stream().filter(Listing.Thing::isPost).map(Listing.Thing::data).toList();
      found += posts.size();
      for (JsonNode node : posts) {
        String key = fullname(node, seen.size());
        if (!seen.add(key)) {
          continue;
        }
        try {
          unique.put(key, reader.read(node));
        } catch (UnusablePost e) {
          unusable.add(e);
        }
      }
      progress.accept(
          "r/"
              + subreddit
              + ": page "
              + pages
              + ", "
              + posts.size()
              + " posts (t="
              + window.parameter()
              + ")");
      after = page.after();
      if (posts.isEmpty() || after == null || !cursors.add(after)) {
        return new Result(new ArrayList<>(unique.values()), found, pages, false, unusable);
      }
    }
  }

  /**
   * The post's fullname; built from the id when Reddit left {@code name} out. A post with neither
   * gets a key of its own, so that it is reported unusable instead of vanishing as a "duplicate".
   */
  private static String fullname(JsonNode post, int position) {
    String name = text(post.get("name"));
    if (name != null) {
      return name;
    }
    String id = text(post.get("id"));
    if (id != null) {
      return id.startsWith("t3_") ? id : "t3_" + id;
    }
    return "#" + position;
  }

  private static String text(JsonNode value) {
    return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }
}
