package dev.curate.reddit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Behaves like the services for one generated month, rather than replaying fixed pages: Arctic
 * Shift's {@code /api/posts/search} filters by {@code after}/{@code before} and pages by {@code
 * limit}; Reddit's {@code top.json} sorts by score and ends at 1,000 items, paged by {@code after};
 * {@code /api/info.json} answers the ids asked with current figures (the archived score plus
 * 1,000), and deleted posts as Reddit shows them; {@code /api/time_series} counts.
 */
final class RedditStandIn implements ResponseDefinitionTransformerV2 {
  static final String NAME = "reddit-stand-in";
  static final int LISTING_END = 1000;

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, List<Map<String, Object>>> bySubreddit = new ConcurrentHashMap<>();
  private final Set<String> deletedNow = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> counts = new ConcurrentHashMap<>();
  private volatile boolean inclusiveAfter;

  void month(String subreddit, List<Map<String, Object>> posts) {
    bySubreddit.put(subreddit, posts);
  }

  void deletedSinceArchived(String id) {
    deletedNow.add(id);
  }

  void publishedCount(String subreddit, long count) {
    counts.put(subreddit, count);
  }

  /** Arctic Shift does not document whether {@code after} is inclusive; curate must not care. */
  void inclusiveAfter(boolean inclusive) {
    inclusiveAfter = inclusive;
  }

  void reset() {
    bySubreddit.clear();
    deletedNow.clear();
    counts.clear();
    inclusiveAfter = false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request r = event.getRequest();
    String path = r.getUrl().replaceFirst("\\?.*", "");
    try {
      if (path.equals("/api/posts/search")) {
        return ok(Map.of("data", search(r)));
      }
      if (path.equals("/api/time_series")) {
        String sub = param(r, "key").replaceFirst("^r/", "").replaceFirst("/posts/count$", "");
        Long n = counts.get(sub);
        return ok(
            Map.of(
                "data",
                n == null
                    ? List.of()
                    : List.of(
                        Map.of(
                            "date", GeneratedMonth.NOVEMBER_2018.getEpochSecond(), "value", n))));
      }
      if (path.equals("/api/info.json")) {
        return ok(listing(info(param(r, "id").split(",")), null));
      }
      if (path.matches("/r/\\w+/top\\.json")) {
        return top(path.split("/")[2], r);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return ResponseDefinition.notFound();
  }

  private List<Map<String, Object>> search(Request r) {
    long after = Long.parseLong(param(r, "after"));
    long before = Long.parseLong(param(r, "before"));
    int limit = Integer.parseInt(param(r, "limit"));
    return bySubreddit.getOrDefault(param(r, "subreddit"), List.of()).stream()
        .filter(p -> created(p) > after || (inclusiveAfter && created(p) == after))
        .filter(p -> created(p) < before)
        .sorted(Comparator.comparingLong(RedditStandIn::created))
        .limit(limit)
        .toList();
  }

  private List<Map<String, Object>> info(String[] fullnames) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (String fullname : fullnames) {
      String id = fullname.replaceFirst("^t3_", "");
      bySubreddit.values().stream()
          .flatMap(List::stream)
          .filter(p -> id.equals(p.get("id")))
          .findFirst()
          .ifPresent(
              p -> {
                Map<String, Object> now = new LinkedHashMap<>(p);
                now.remove("retrieved_on");
                now.put("score", (Integer) p.get("score") + 1000);
                now.put("num_comments", (Integer) p.get("num_comments") + 100);
                if (deletedNow.contains(id)) {
                  now.put("author", "[deleted]");
                  now.put("selftext", "[deleted]");
                  now.put("removed_by_category", "deleted");
                }
                found.add(now);
              });
    }
    return found;
  }

  private ResponseDefinition top(String subreddit, Request r) throws JsonProcessingException {
    List<Map<String, Object>> ranked =
        bySubreddit.getOrDefault(subreddit, List.of()).stream()
            .sorted(
                Comparator.comparingInt((Map<String, Object> p) -> (Integer) p.get("score"))
                    .reversed())
            .limit(LISTING_END)
            .toList();
    int from = 0;
    QueryParameter after = r.queryParameter("after");
    if (after.isPresent()) {
      String id = after.firstValue().replaceFirst("^t3_", "");
      for (int i = 0; i < ranked.size(); i++) {
        if (id.equals(ranked.get(i).get("id"))) {
          from = i + 1;
        }
      }
    }
    List<Map<String, Object>> page =
        ranked.subList(Math.min(from, ranked.size()), Math.min(from + 100, ranked.size()));
    String next =
        from + 100 < ranked.size() && !page.isEmpty()
            ? "t3_" + page.get(page.size() - 1).get("id")
            : null;
    return ok(listing(page, next));
  }

  private static Map<String, Object> listing(List<Map<String, Object>> posts, String after) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("after", after);
    data.put("dist", posts.size());
    data.put("children", posts.stream().map(p -> Map.of("kind", "t3", "data", p)).toList());
    data.put("before", null);
    return Map.of("kind", "Listing", "data", data);
  }

  private ResponseDefinition ok(Object body) throws JsonProcessingException {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody(json.writeValueAsString(body))
        .build();
  }

  private static String param(Request r, String name) {
    return r.queryParameter(name).firstValue();
  }

  private static long created(Map<String, Object> p) {
    return ((Number) p.get("created_utc")).longValue();
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** Only for stubs that ask for it, so that a test can still stub an error in front of it. */
  @Override
  public boolean applyGlobally() {
    return false;
  }
}
