package dev.curate.reddit.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.model.RedditThread;
import dev.curate.plan.Budget;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import dev.curate.reddit.post.Post;
import dev.curate.reddit.post.PostReader;
import dev.curate.reddit.post.UnusablePost;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asks Reddit for the current state of archived threads, {@link RedditClient#PAGE_SIZE} a request
 * through {@code /api/info}: an archive's score and comment count are as of when it collected the
 * post, often hours after posting. Only the {@code limit} most promising threads (by archived score
 * plus comments) are asked about, to keep a month of thousands of posts within Reddit's rate limit.
 * Reddit being unreachable, down or rate-limiting beyond the allowed wait is not fatal: the
 * archived figures stay, and the warning says so. Rejected credentials are (exit 4), as everywhere
 * else.
 */
public final class InfoRefresher {
  private final RedditClient client;
  private final Clock clock;
  private final PostReader reader = new PostReader(new ObjectMapper());

  public InfoRefresher(RedditClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * @param current Reddit's answer by bare id; threads Reddit left out are absent
   * @param at when Reddit answered
   * @param warning why some or all threads were not refreshed, or null
   * @param unusable posts of the answer with an unusable value
   * @param unserved ids Reddit was asked about, in a request it answered, and left out of its
   *     answer: "/api/info" leaves out what it no longer serves (removed by Reddit, a subreddit
   *     gone private or banned), where a post its author deleted still comes back, marked so
   */
  public record Refresh(
      Map<String, Post> current,
      Instant at,
      String warning,
      List<UnusablePost> unusable,
      Set<String> unserved) {
    public static final Refresh NONE = new Refresh(Map.of(), null, null, List.of(), Set.of());

    public Refresh {
      unusable = List.copyOf(unusable);
      unserved = Set.copyOf(unserved);
    }
  }

  /** Archived score plus comments; a figure the archive left out counts as none. */
  private static long promise(RedditThread t) {
    return (t.score() == null ? 0L : t.score()) + (t.comments() == null ? 0L : t.comments());
  }

  /**
   * What {@link #refresh} sends for one subreddit: one request per {@link RedditClient#PAGE_SIZE}
   * of the {@code limit} threads asked about, none when there is nothing to refresh.
   */
  public PlannedRequest plan(String subreddit, int limit) {
    return PlannedRequest.get(client.infoUrl("{ids}"), Purpose.of(Purpose.Kind.REFRESH, subreddit))
        .times(0, (limit + RedditClient.PAGE_SIZE - 1) / RedditClient.PAGE_SIZE)
        .countedIn(Budget.Bucket.REDDIT_API);
  }

  public Refresh refresh(String subreddit, List<RedditThread> threads, int limit) {
    List<RedditThread> asked =
        threads.stream()
            .sorted(
                Comparator.comparingLong(InfoRefresher::promise)
                    .reversed()
                    .thenComparing(RedditThread::id))
            .limit(limit)
            .toList();
    Map<String, Post> current = new HashMap<>();
    List<UnusablePost> unusable = new ArrayList<>();
    Set<String> unserved = new HashSet<>();
    Instant at = null;
    for (int from = 0; from < asked.size(); from += RedditClient.PAGE_SIZE) {
      List<String> fullnames = new ArrayList<>();
      for (RedditThread t :
          asked.subList(from, Math.min(asked.size(), from + RedditClient.PAGE_SIZE))) {
        fullnames.add("t3_" + t.id());
      }
      try {
        Set<String> left = new HashSet<>(fullnames);
        for (Listing.Thing child : client.info(fullnames).children()) {
          if (!child.isPost()) {
            continue;
          }
          try {
            Post post = reader.read(child.data());
            String id = bare(post.id());
            // Only what was asked: an answer about another post must not overwrite anything.
            if (id != null && left.remove("t3_" + id)) {
              current.put(id, post);
            }
          } catch (UnusablePost e) {
            unusable.add(e);
            left.remove("t3_" + bare(e.id()));
          }
        }
        left.forEach(fullname -> unserved.add(fullname.substring(3)));
        at = clock.instant();
      } catch (CurateException e) {
        if (e.exitCode() == ExitCode.CREDENTIALS) {
          // Not Reddit being away but the user's credentials refused: that needs fixing now.
          throw e;
        }
        return new Refresh(
            current,
            at,
            "r/"
                + subreddit
                + ": could not refresh figures from Reddit ("
                + e.getMessage()
                + "); "
                + (asked.size() - from)
                + " threads keep the archive's figures",
            unusable,
            unserved);
      }
    }
    return new Refresh(current, at, null, unusable, unserved);
  }

  private static String bare(String id) {
    return id == null ? null : id.startsWith("t3_") ? id.substring(3) : id;
  }
}
