package dev.curate.github;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.config.StarGainSettings;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.http.ResponseText;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.model.StarGainSurvey;
import dev.curate.plan.Budget;
import dev.curate.plan.PlannedRepeat;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import okhttp3.HttpUrl;

/**
 * Measures the stars a month's candidates gained inside it, from the API: the star history first
 * ({@link MonthInHistory}), then the stargazer list ({@link MonthInStargazers}). Which
 * repositories: the top {@code measureTop} new ones by current stars, and as many trending ones.
 *
 * <p>An answer this source cannot use for one repository makes it try the next method: a 404 or 410
 * (older GitHub Enterprise has no history endpoint; the stargazer list is closed to non-admins), a
 * 403 that is not a rate limit, a 422 or a 5xx that outlived the retries, and a page that is not
 * what the endpoint documents (malformed JSON, absurd figures), which is also named in a warning. A
 * request that fails outright (a timeout or a network failure after the retries, a rate limit
 * beyond {@code http.maxWait}) would most likely fail for every other repository too: measuring
 * stops there with a warning, and the figures measured so far and the fetch's repositories are kept
 * (the rest fall back to the snapshots, or stay unknown). Only a 401 stops the fetch, as it does
 * for the searches.
 */
final class StarGainMeter {
  /** The API version whose reference documents the history endpoint. */
  static final String API_VERSION = "2026-03-10";

  static final String STAR_JSON = "application/vnd.github.star+json";

  /**
   * More stars in one day than any repository has had in total: a figure past it is not a count.
   */
  static final int MAX_STARS_A_DAY = 1_000_000;

  /** Weeks before 1970 or after the year 3000 are no week GitHub could have counted stars in. */
  private static final long LAST_WEEK = 32_503_680_000L;

  private static final TypeReference<List<StarWeek>> WEEKS = new TypeReference<>() {};
  private static final TypeReference<List<Stargazer>> STARGAZERS = new TypeReference<>() {};

  private final GitHubRest rest;
  private final StarGainSettings settings;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  StarGainMeter(GitHubRest rest, StarGainSettings settings, Clock clock) {
    this.rest = rest;
    this.settings = settings;
    this.clock = clock;
  }

  /** One entry of the stargazer list in the {@code star+json} media type; the user is not read. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Stargazer(@JsonProperty("starred_at") String starredAt) {}

  /**
   * @param requests counts the requests made so far, for the survey's cost
   */
  StarGainSurvey measure(CalendarMonth month, List<Repo> repos, IntSupplier requests) {
    int before = requests.getAsInt();
    List<Repo> chosen = choose(month, repos);
    Map<Long, StarGain> gains = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    int measured = 0;
    CoreBudget budget = new CoreBudget(settings.keepCoreRequests());
    for (Repo repo : chosen) {
      if (budget.runningLow()) {
        warnings.add(
            String.format(
                Locale.ROOT,
                "stars gained measured for %d of %d repositories: %s",
                measured,
                chosen.size(),
                budget.why()));
        break;
      }
      measured++;
      try {
        measure(month, repo, budget, unreadable).ifPresent(gain -> gains.put(repo.id(), gain));
      } catch (CurateException e) {
        if (e.exitCode() == ExitCode.CREDENTIALS || e.exitCode() == ExitCode.INTERRUPTED) {
          throw e;
        }
        warnings.add(
            String.format(
                Locale.ROOT,
                "stars gained measured for %d of %d repositories, then stopped at %s: %s; the others fall back to"
                    + " this workspace's snapshots or stay unknown",
                measured - 1,
                chosen.size(),
                repo.fullName(),
                e.getMessage()));
        break;
      }
    }
    if (!unreadable.isEmpty()) {
      String more =
          unreadable.size() > SkippedItems.NAMED
              ? String.format(Locale.ROOT, " and %d more", unreadable.size() - SkippedItems.NAMED)
              : "";
      warnings.add(
          String.format(
              Locale.ROOT,
              "%d unreadable star %s from GitHub (the repository is measured another way,"
                  + " or left to the snapshots): %s%s",
              unreadable.size(),
              unreadable.size() == 1 ? "page" : "pages",
              String.join(
                  "; ", unreadable.subList(0, Math.min(unreadable.size(), SkippedItems.NAMED))),
              more));
    }
    return new StarGainSurvey(
        gains,
        requests.getAsInt() - before,
        count(gains, StarGainMethod.HISTORY),
        count(gains, StarGainMethod.STARGAZERS),
        measured - gains.size(),
        repos.size() - measured,
        warnings,
        RequestCount.NONE);
  }

  /**
   * The history's figure, else the stargazer list's, else none (also for a name no URL may be built
   * from).
   *
   * @param unreadable told which repository's page could not be read, and why
   */
  private Optional<StarGain> measure(
      CalendarMonth month, Repo repo, CoreBudget budget, List<String> unreadable) {
    Optional<RepoName> name = RepoName.parse(repo.fullName());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<MonthInHistory.Found> history =
        MonthInHistory.find(
            month,
            now,
            repo.createdAt(),
            page -> historyPage(name.get(), page, budget, unreadable));
    if (history.isPresent()) {
      return Optional.of(
          StarGain.measured(
              history.get().stars(), StarGainMethod.HISTORY, history.get().daily(), now));
    }
    return MonthInStargazers.find(
            month, repo.stars(), page -> stargazerPage(name.get(), page, budget, unreadable))
        .map(list -> StarGain.measured(list.stars(), StarGainMethod.STARGAZERS, list.daily(), now));
  }

  private static int count(Map<Long, StarGain> gains, StarGainMethod method) {
    return (int) gains.values().stream().filter(g -> g.method() == method).count();
  }

  /**
   * The top new repositories by current stars, then as many trending ones (created before the
   * month).
   */
  List<Repo> choose(CalendarMonth month, List<Repo> repos) {
    Comparator<Repo> byStars =
        Comparator.comparingInt(Repo::stars).reversed().thenComparingLong(Repo::id);
    List<Repo> chosen = new ArrayList<>();
    repos.stream()
        .filter(r -> r.createdAt() != null && month.contains(r.createdAt()))
        .sorted(byStars)
        .limit(settings.measureTop())
        .forEach(chosen::add);
    repos.stream()
        .filter(r -> r.createdAt() != null && r.createdAt().isBefore(month.start()))
        .sorted(byStars)
        .limit(settings.measureTop())
        .forEach(chosen::add);
    return chosen;
  }

  /**
   * What {@link #measure} sends for each of at most {@code repositories}: its star history, then,
   * where that gives no figure, its stargazer list.
   */
  PlannedRepeat plan(int repositories) {
    return new PlannedRepeat(
        Purpose.of(Purpose.Kind.STAR_GAINS),
        0,
        repositories,
        List.of(
            PlannedRequest.get(
                    historyUrl(RepoName.PLACEHOLDER, "{page}"),
                    Purpose.of(Purpose.Kind.STAR_HISTORY))
                .times(1, MonthInHistory.MAX_REQUESTS)
                .countedIn(Budget.Bucket.GITHUB_CORE),
            PlannedRequest.get(
                    stargazersUrl(RepoName.PLACEHOLDER, "{page}"),
                    Purpose.of(Purpose.Kind.STARGAZERS))
                .times(0, MonthInStargazers.MAX_REQUESTS)
                .countedIn(Budget.Bucket.GITHUB_CORE)));
  }

  private HttpUrl historyUrl(RepoName repo, String page) {
    return rest.repoUrl(repo)
        .addPathSegment("stargazers")
        .addPathSegment("history")
        .addQueryParameter("per_page", String.valueOf(MonthInHistory.PER_PAGE))
        .addQueryParameter("page", page)
        .build();
  }

  private HttpUrl stargazersUrl(RepoName repo, String page) {
    return rest.repoUrl(repo)
        .addPathSegment("stargazers")
        .addQueryParameter("per_page", String.valueOf(MonthInStargazers.PER_PAGE))
        .addQueryParameter("page", page)
        .build();
  }

  private Optional<HistoryPage> historyPage(
      RepoName repo, int page, CoreBudget budget, List<String> unreadable) {
    HttpUrl url = historyUrl(repo, String.valueOf(page));
    GitHubRest.Answer answer = rest.get(url, GitHubRest.JSON, API_VERSION);
    return usable(answer, budget)
        .flatMap(a -> read(a, repo, "star history", unreadable, () -> weeks(a)))
        .map(weeks -> new HistoryPage(page, weeks, LinkHeader.parse(answer.header("Link"))));
  }

  private Optional<MonthInStargazers.StarPage> stargazerPage(
      RepoName repo, int page, CoreBudget budget, List<String> unreadable) {
    HttpUrl url = stargazersUrl(repo, String.valueOf(page));
    GitHubRest.Answer answer = rest.get(url, STAR_JSON, null);
    return usable(answer, budget)
        .flatMap(a -> read(a, repo, "stargazer list", unreadable, () -> starredAt(a)))
        .map(
            stars ->
                new MonthInStargazers.StarPage(stars, LinkHeader.parse(answer.header("Link"))));
  }

  /**
   * A page's content; empty, and said in {@code unreadable}, when it is not what the endpoint
   * documents.
   */
  private static <T> Optional<T> read(
      GitHubRest.Answer answer,
      RepoName repo,
      String what,
      List<String> unreadable,
      PageContent<T> content) {
    try {
      return Optional.of(content.read());
    } catch (UnreadablePage e) {
      unreadable.add(
          repo.fullName()
              + " ("
              + what
              + ", GET "
              + answer.url().encodedPath()
              + "?"
              + answer.url().encodedQuery()
              + ": "
              + e.getMessage()
              + ")");
      return Optional.empty();
    }
  }

  @FunctionalInterface
  private interface PageContent<T> {
    T read() throws UnreadablePage;
  }

  /** What is wrong with a page, for the warning. */
  private static final class UnreadablePage extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadablePage(String message) {
      super(message, null, false, false);
    }
  }

  private List<StarWeek> weeks(GitHubRest.Answer answer) throws UnreadablePage {
    List<StarWeek> weeks = parse(answer, WEEKS);
    for (StarWeek w : weeks) {
      if (w == null
          || w.week() < 0
          || w.week() > LAST_WEEK
          || w.total() < 0
          || w.days().size() > 7
          || w.days().stream().anyMatch(d -> d != null && (d < 0 || d > MAX_STARS_A_DAY))) {
        throw new UnreadablePage(
            "a week that is no week of stars: " + ResponseText.preview(String.valueOf(w), 80));
      }
    }
    return weeks;
  }

  private List<Instant> starredAt(GitHubRest.Answer answer) throws UnreadablePage {
    List<Instant> stars = new ArrayList<>();
    for (Stargazer s : parse(answer, STARGAZERS)) {
      if (s != null && s.starredAt() != null) {
        try {
          stars.add(Instant.parse(s.starredAt()));
        } catch (DateTimeParseException e) {
          throw new UnreadablePage(
              "starred_at '" + ResponseText.preview(s.starredAt(), 40) + "' is not a timestamp");
        }
      }
    }
    return stars;
  }

  /** The answer when it is a page; empty when this method is unavailable for the repository. */
  private Optional<GitHubRest.Answer> usable(GitHubRest.Answer answer, CoreBudget budget) {
    budget.remember(answer);
    if (answer.ok()) {
      return Optional.of(answer);
    }
    if (answer.status() == 401 || answer.rateLimited()) {
      throw rest.fail(answer);
    }
    return Optional.empty();
  }

  private <T> List<T> parse(GitHubRest.Answer answer, TypeReference<List<T>> type)
      throws UnreadablePage {
    String contentType = answer.header("Content-Type");
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
      throw new UnreadablePage(
          "expected JSON, got "
              + (contentType == null ? "no content type" : contentType.split(";")[0]));
    }
    try {
      List<T> items = json.readValue(answer.body(), type);
      return items == null ? List.of() : items;
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the source and its locations: too much for one line.
      throw new UnreadablePage(
          "not JSON of the documented shape (first 80 chars: "
              + ResponseText.preview(answer.body(), 80)
              + ")");
    }
  }
}
