package dev.curate.reddit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic month of posts in Reddit's field names, as the archive serves them: posts come in
 * groups sharing one second (three, and now and then seven), so that archive pages of 100 end in
 * the middle of a second. Scores are spread so that the top listing's 1,000-item end leaves out the
 * lowest-scored posts.
 */
public final class GeneratedMonth {
  public static final Instant NOVEMBER_2018 = Instant.parse("2018-11-01T00:00:00Z");

  private GeneratedMonth() {}

  public static List<Map<String, Object>> posts(String subreddit, int count) {
    List<Map<String, Object>> posts = new ArrayList<>();
    long second = NOVEMBER_2018.getEpochSecond();
    int inGroup = 0;
    for (int i = 0; i < count; i++) {
      int groupSize = (i / 3) % 11 == 5 ? 7 : 3;
      if (inGroup >= groupSize) {
        second += 1_600;
        inGroup = 0;
      }
      inGroup++;
      posts.add(post(subreddit, i, second));
    }
    return posts;
  }

  public static String id(int i) {
    return Long.toString(1_000_000L + i, 36);
  }

  public static Map<String, Object> post(String subreddit, int i, long createdUtc) {
    String id = id(i);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", id);
    p.put("name", "t3_" + id);
    p.put("subreddit", subreddit);
    p.put("title", "[D] Generated thread " + i);
    p.put("author", "author_" + (i % 97));
    // Scores are a permutation of 0..count-1 (7919 is prime): distinct, with no relation to time.
    p.put("score", (int) ((i * 7919L) % 1_000_003L % 5_000));
    p.put("num_comments", i % 50);
    p.put("upvote_ratio", 0.9);
    p.put("created_utc", createdUtc);
    p.put("permalink", "/r/" + subreddit + "/comments/" + id + "/generated_thread_" + i + "/");
    p.put(
        "url",
        "https://www.reddit.com/r/"
            + subreddit
            + "/comments/"
            + id
            + "/generated_thread_"
            + i
            + "/");
    p.put("is_self", true);
    p.put("selftext", "Body " + i);
    p.put("over_18", false);
    p.put("stickied", false);
    p.put("link_flair_text", null);
    p.put("removed_by_category", null);
    p.put("retrieved_on", createdUtc + 36 * 3600);
    return p;
  }
}
