package dev.curate.testing;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.curate.plan.PlanStep;
import dev.curate.plan.PlannedRepeat;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.SourcePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Holds a fetch to its plan: every request sent appears in the plans, in the plans' order, within
 * each step's bound, and at least the plans' floor was sent. A request planned {@link
 * PlannedRequest#whenFirstNeeded} (a token) may come anywhere.
 *
 * <p>Requests in a {@link PlannedRepeat} are grouped by item: the values a request puts where its
 * template has whole path placeholders ({@code /repos/{owner}/{repo}/…}) name the item, so a
 * request for another item starts the next round, and each round is held to the per-item bounds.
 */
public final class PlanCheck {
  private PlanCheck() {}

  /** A request as the server received it. */
  public record Sent(String method, HttpUrl url) {
    @Override
    public String toString() {
      return method + " " + url;
    }
  }

  /**
   * What the server received, oldest first, with what a plan does not count taken out: a request
   * sent again at once (a retry after a transient failure, a rate-limit wait or an unreadable
   * page), a POST sent again (a token refreshed after a 401), and a redirect followed (a renamed
   * repository's {@code 301} to {@code /repositories/{id}}), which is part of the request
   * redirected.
   */
  public static List<Sent> received(List<ServeEvent> newestFirst) {
    List<Sent> oldestFirst = new ArrayList<>();
    HttpUrl redirectedTo = null;
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      ServeEvent event = newestFirst.get(i);
      var request = event.getRequest();
      HttpUrl url = HttpUrl.get(request.getAbsoluteUrl());
      if (!url.equals(redirectedTo)) {
        oldestFirst.add(new Sent(request.getMethod().getName(), url));
      }
      redirectedTo = redirectTarget(event, url);
    }
    return counted(oldestFirst);
  }

  /** Where a redirect the server answered sends the client, or null. */
  private static HttpUrl redirectTarget(ServeEvent event, HttpUrl url) {
    var response = event.getResponse();
    if (response == null || response.getStatus() / 100 != 3) {
      return null;
    }
    var location = response.getHeaders().getHeader("Location");
    return location.isPresent() ? url.resolve(location.firstValue()) : null;
  }

  /** {@code oldestFirst} without what a plan does not count: see {@link #received}. */
  static List<Sent> counted(List<Sent> oldestFirst) {
    List<Sent> sent = new ArrayList<>();
    Set<Sent> posts = new HashSet<>();
    for (Sent s : oldestFirst) {
      boolean again = !sent.isEmpty() && sent.get(sent.size() - 1).equals(s);
      boolean tokenAgain = s.method().equals("POST") && !posts.add(s);
      if (!again && !tokenAgain) {
        sent.add(s);
      }
    }
    return sent;
  }

  /**
   * @throws AssertionError naming the first request the plans do not allow where it came, or the
   *     step whose bound was passed, or the floor not reached
   */
  public static void assertFollows(List<SourcePlan> plans, List<Sent> sent) {
    List<PlanStep> steps = plans.stream().flatMap(p -> p.steps().stream()).toList();
    int floor = plans.stream().mapToInt(SourcePlan::floor).sum();
    new Walk(steps).follow(sent);
    if (sent.size() < floor) {
      throw new AssertionError(
          "sent "
              + sent.size()
              + " requests, fewer than the plans' floor of "
              + floor
              + ": "
              + sent);
    }
  }

  /** Where the requests so far have brought the reading of the plan. */
  private static final class Walk {
    private final List<PlanStep> steps;
    // By identity: two steps may be equal records (the same template and purpose), never the same.
    private final Map<PlanStep, Integer> counts = new IdentityHashMap<>();
    private final Map<PlannedRequest, Integer> roundCounts = new IdentityHashMap<>();
    private int step;
    private int inRound = -1;
    private List<String> item = List.of();

    Walk(List<PlanStep> steps) {
      this.steps = steps;
    }

    void follow(List<Sent> sent) {
      for (int n = 0; n < sent.size(); n++) {
        Sent s = sent.get(n);
        if (!take(s)) {
          throw new AssertionError(
              "request #"
                  + (n + 1)
                  + " "
                  + s
                  + " is not in the plan at or after step "
                  + (step + 1)
                  + " ("
                  + (steps.isEmpty() ? "the plan is empty" : describe(steps.get(step)))
                  + "); requests sent: "
                  + sent);
        }
      }
      endRound();
      for (PlanStep planned : steps) {
        int n = counts.getOrDefault(planned, 0);
        int least =
            planned instanceof PlannedRepeat repeat ? repeat.least() : planned.leastRequests();
        if (n < least) {
          throw new AssertionError(
              describe(planned)
                  + " was sent "
                  + n
                  + " times, fewer than its "
                  + least
                  + ": "
                  + sent);
        }
      }
    }

    /** Each request of the round that ends was sent at least its least for that item. */
    private void endRound() {
      if (inRound < 0 || !(steps.get(step) instanceof PlannedRepeat repeat)) {
        return;
      }
      for (PlannedRequest r : repeat.each()) {
        int n = roundCounts.getOrDefault(r, 0);
        if (n < r.least()) {
          throw new AssertionError(
              describe(r)
                  + " was sent "
                  + n
                  + " times for "
                  + item
                  + ", fewer than its "
                  + r.least());
        }
      }
    }

    private boolean take(Sent s) {
      for (PlanStep candidate : steps) {
        if (candidate instanceof PlannedRequest r
            && r.whenFirstNeeded()
            && r.matches(s.method(), s.url())) {
          count(r, r.most().orElse(Integer.MAX_VALUE), s);
          return true;
        }
      }
      for (int i = step; i < steps.size(); i++) {
        PlanStep candidate = steps.get(i);
        if (candidate instanceof PlannedRequest r) {
          if (!r.whenFirstNeeded() && r.matches(s.method(), s.url())) {
            moveTo(i);
            count(r, r.most().orElse(Integer.MAX_VALUE), s);
            return true;
          }
        } else if (takeInRepeat(i, (PlannedRepeat) candidate, s)) {
          return true;
        }
      }
      return false;
    }

    private boolean takeInRepeat(int i, PlannedRepeat repeat, Sent s) {
      List<PlannedRequest> each = repeat.each();
      if (i == step && inRound >= 0) {
        for (int j = inRound; j < each.size(); j++) {
          PlannedRequest r = each.get(j);
          if (r.matches(s.method(), s.url()) && itemOf(r, s.url()).equals(item)) {
            inRound = j;
            countInRound(r, s);
            return true;
          }
        }
      }
      for (int j = 0; j < each.size(); j++) {
        PlannedRequest r = each.get(j);
        if (r.matches(s.method(), s.url())) {
          endRound();
          moveTo(i);
          count(repeat, repeat.most(), s);
          roundCounts.clear();
          inRound = j;
          item = itemOf(r, s.url());
          countInRound(r, s);
          return true;
        }
      }
      return false;
    }

    private void moveTo(int i) {
      if (i != step) {
        endRound();
        inRound = -1;
        item = List.of();
      }
      step = i;
    }

    private void count(PlanStep planned, int most, Sent s) {
      int n = counts.merge(planned, 1, Integer::sum);
      if (n > most) {
        throw new AssertionError(
            describe(planned) + " was sent " + n + " times, more than its " + most + ": " + s);
      }
    }

    private void countInRound(PlannedRequest r, Sent s) {
      int n = roundCounts.merge(r, 1, Integer::sum);
      int most = r.most().orElse(Integer.MAX_VALUE);
      if (n > most) {
        throw new AssertionError(
            describe(r) + " was sent " + n + " times for " + item + ", more than its " + most);
      }
    }

    /** The values in the sent URL where the template has a whole path placeholder. */
    private static List<String> itemOf(PlannedRequest r, HttpUrl sent) {
      List<String> values = new ArrayList<>();
      List<String> template = r.template().pathSegments();
      for (int k = 0; k < template.size(); k++) {
        if (template.get(k).matches("\\{[A-Za-z_]+}")) {
          values.add(sent.pathSegments().get(k));
        }
      }
      return values;
    }

    private static String describe(PlanStep planned) {
      if (planned instanceof PlannedRequest r) {
        return r.purpose() + " " + r.method() + " " + r.template();
      }
      return planned instanceof PlannedRepeat repeat
          ? "each " + repeat.over()
          : Objects.toString(planned);
    }
  }
}
