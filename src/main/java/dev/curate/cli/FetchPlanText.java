package dev.curate.cli;

import dev.curate.model.CalendarMonth;
import dev.curate.plan.Budget;
import dev.curate.plan.PlanStep;
import dev.curate.plan.PlannedRepeat;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import dev.curate.plan.SourcePlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Prints what the sources plan for {@code fetch --dry-run}: each source's start-up line, its
 * requests in order with their bounds and why each is sent, its floor and most, and the time its
 * rate limits need. The words are here; the requests, bounds and limits are the sources' own.
 */
final class FetchPlanText {
  private FetchPlanText() {}

  static void print(CalendarMonth month, List<PlannedSource> sources, PrintWriter out) {
    out.println(
        "Plan for curate fetch --month "
            + month
            + " ("
            + month.isoDateRange()
            + " UTC); dry run: no requests are made and nothing is written");
    if (readsBoth(sources)) {
      out.println(
          "GitHub (with GH Archive's events) and Reddit are read side by side, each within its own"
              + " limits: the fetch takes about as long as the slower of the two.");
    }
    for (PlannedSource source : sources) {
      out.println();
      out.println(source.heading());
      for (Path file : source.reads()) {
        out.println("  read " + file + "  (" + source.readsWhat() + ")");
      }
      for (PlanStep step : source.plan().steps()) {
        step(step, month, "  ", out);
      }
      totals(source.plan(), out);
    }
    out.flush();
  }

  private static boolean readsBoth(List<PlannedSource> sources) {
    List<String> names = sources.stream().map(s -> s.plan().source()).toList();
    return names.contains("reddit") && (names.contains("github") || names.contains("events"));
  }

  private static void step(PlanStep step, CalendarMonth month, String indent, PrintWriter out) {
    if (step instanceof PlannedRepeat repeat) {
      out.println(indent + repeated(repeat, month) + ":");
      for (PlannedRequest request : repeat.each()) {
        step(request, month, indent + "  ", out);
      }
      return;
    }
    PlannedRequest request = (PlannedRequest) step;
    boolean longBody = request.body().filter(body -> body.contains("\n")).isPresent();
    out.println(
        indent
            + request.method()
            + " "
            + shown(request)
            + (longBody ? "" : request.body().map(body -> "  (body " + body + ")").orElse("")));
    out.println(
        indent
            + "    "
            + purpose(request.purpose(), month)
            + (request.whenFirstNeeded() ? ", when first needed" : "")
            + ": "
            + bound(request)
            + (longBody ? "; its body:" : ""));
    if (longBody) {
      // A query's SQL and its parameters, line by line, as sent.
      request.body().get().lines().forEach(line -> out.println(indent + "      " + line));
    }
  }

  /** The template with its placeholders as written, not percent-encoded. */
  private static String shown(PlannedRequest request) {
    return request.template().toString().replace("%7B", "{").replace("%7D", "}");
  }

  private static String repeated(PlannedRepeat repeat, CalendarMonth month) {
    return switch (repeat.over().kind()) {
      case STAR_GAINS ->
          String.format(
              Locale.ROOT,
              "for each of up to %d repositories whose stars gained in %s are measured"
                  + " (new, then trending; most-starred first)",
              repeat.most(),
              month);
      default ->
          String.format(
              Locale.ROOT, "up to %d times, %s", repeat.most(), purpose(repeat.over(), month));
    };
  }

  private static String purpose(Purpose purpose, CalendarMonth month) {
    String subject = purpose.subject();
    return switch (purpose.kind()) {
      case SEARCH -> "search '" + subject + "', created in " + month;
      case SEARCH_PARTS ->
          "the same search over parts of "
              + month
              + ", if the month holds more than GitHub's 1,000 results a search";
      case TRENDING -> "trending search '" + subject + "'";
      case STAR_GAINS -> "stars gained in " + month;
      case STAR_HISTORY -> "its star history";
      case STARGAZERS -> "its stargazer list, where the history gives no figure";
      case README -> "READMEs of the most-starred repositories";
      case TOKEN -> "an application-only OAuth token for Reddit's API";
      case LISTING -> "r/" + subject + ": top listing";
      case ARCHIVE_POSTS -> "r/" + subject + ": the month's posts from the archive, oldest first";
      case ARCHIVE_MORE_POSTS -> "r/" + subject + ": the archive's next pages";
      case ARCHIVE_COUNT -> "r/" + subject + ": the archive's count of the month's posts";
      case REFRESH ->
          "r/"
              + subject
              + ": current score and comments of the most promising threads read, 100 a request";
      case EVENTS_FRESHNESS ->
          "the table's last star event: if it ends before " + month + " does, no more is asked";
      case EVENTS_MONTH ->
          "each repository's star events in "
              + month
              + " (the top github.events.top) and in the three months before";
      case EVENTS_STARGAZERS ->
          "each candidate's stargazers in "
              + month
              + " and those who starred nothing else, once the stars gained are known, if a"
              + " candidate gained starBurst.loneStargazers.minStargazers";
      case LOOKUP ->
          "each repository the events named, up to github.events.lookup, most stars first, but"
              + " those a search found (a renamed one's redirect is followed)";
    };
  }

  private static String bound(PlannedRequest request) {
    boolean paged =
        switch (request.purpose().kind()) {
          case SEARCH, TRENDING, LISTING, ARCHIVE_POSTS, ARCHIVE_MORE_POSTS -> true;
          default -> false;
        };
    String unit = paged ? "page" : "request";
    int least = request.least();
    OptionalInt most = request.most();
    if (most.isEmpty()) {
      return least == 0
          ? "as many " + unit + "s as the month's posts need"
          : "at least " + count(least, unit) + ", as many as the month's posts need";
    }
    int m = most.getAsInt();
    if (least == m) {
      return count(m, unit);
    }
    if (least == 0) {
      return "up to " + count(m, unit);
    }
    if (paged && least == 1) {
      return "pages 1.." + m + " at most";
    }
    return least + " to " + count(m, unit);
  }

  private static String count(int n, String unit) {
    return String.format(Locale.ROOT, "%,d %s%s", n, unit, n == 1 ? "" : "s");
  }

  private static void totals(SourcePlan plan, PrintWriter out) {
    OptionalInt most = plan.most();
    out.println(
        String.format(
            Locale.ROOT,
            "  floor: %s (the fewest that can answer the month); %s",
            count(plan.floor(), "request"),
            most.isPresent()
                ? "at most " + count(most.getAsInt(), "request")
                : "no upper bound: the archive's pages depend on the month's posts"));
    for (Budget budget : plan.budgets()) {
      out.println("  " + budget(budget, plan.floor(budget.bucket()), plan.most(budget.bucket())));
    }
  }

  private static String budget(Budget budget, int floor, OptionalInt most) {
    String requests =
        most.isPresent()
            ? floor + " to " + count(most.getAsInt(), "request")
            : "at least " + count(floor, "request");
    String allows =
        switch (budget.bucket()) {
          case GITHUB_SEARCH -> "search: " + requests + "; GitHub allows %d searches %s %s";
          case GITHUB_CORE -> "core: " + requests + "; GitHub allows %,d %s %s";
          case REDDIT_API -> "Reddit's API: " + requests + "; Reddit allows %d %s %s";
        };
    String credentials =
        switch (budget.bucket()) {
          case GITHUB_SEARCH, GITHUB_CORE ->
              budget.authenticated() ? "with a token" : "without a token";
          case REDDIT_API -> budget.authenticated() ? "with OAuth" : "without OAuth";
        };
    String line =
        String.format(
            Locale.ROOT,
            allows,
            budget.requests(),
            budget.per().equals(Duration.ofHours(1)) ? "an hour" : "a minute",
            credentials);
    if (!budget.paced()) {
      return line;
    }
    String upTo =
        most.stream()
            .mapToObj(m -> " to " + duration(budget.leastTime(m)))
            .findFirst()
            .orElse(" or more");
    String time = duration(budget.leastTime(floor)) + upTo;
    // GitHub's searches are spaced evenly; Reddit's are spread over its window from its headers.
    return budget.bucket() == Budget.Bucket.GITHUB_SEARCH
        ? line + ", so curate spaces them " + duration(budget.spacing()) + " apart: " + time
        : line + ": " + time + " at that rate";
  }

  private static String duration(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return d.toMillis() % 1000 == 0
          ? s + " s"
          : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }
}
