package dev.curate.github;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.config.StarGainSettings;
import dev.curate.error.ApiException;
import dev.curate.model.CalendarMonth;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.model.StarGainMethod;
import dev.curate.model.StarGainSurvey;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntSupplier;
import okhttp3.HttpUrl;

/**
 * Measures the stars a month's candidates gained inside it, from the API: the star history
 * first ({@link MonthInHistory}), then the stargazer list ({@link MonthInStargazers}). Which
 * repositories: the top {@code measureTop} new ones by current stars, and as many trending ones.
 *
 * <p>An answer this source cannot use for one repository makes it try the next method: a 404 or
 * 410 (older GitHub Enterprise has no history endpoint; the stargazer list is closed to
 * non-admins), a 403 that is not a rate limit, a 422 or a 5xx that outlived the retries. A 401,
 * a rate limit beyond {@code http.maxWait} and a network failure still stop the fetch, as they
 * do for the searches: they would fail every other repository too.
 */
final class StarGainMeter {
  /** The API version whose reference documents the history endpoint. */
  static final String API_VERSION = "2026-03-10";
  static final String STAR_JSON = "application/vnd.github.star+json";

  private static final TypeReference<List<StarWeek>> WEEKS = new TypeReference<>() {};
  private static final TypeReference<List<Stargazer>> STARGAZERS = new TypeReference<>() {};

  private final GitHubRest rest;
  private final StarGainSettings settings;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private OptionalLong coreLeft = OptionalLong.empty();

  StarGainMeter(GitHubRest rest, StarGainSettings settings, Clock clock) {
    this.rest = rest;
    this.settings = settings;
    this.clock = clock;
  }

  /** One entry of the stargazer list in the {@code star+json} media type; the user is not read. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Stargazer(@JsonProperty("starred_at") String starredAt) {}

  /** @param requests counts the requests made so far, for the survey's cost */
  StarGainSurvey measure(CalendarMonth month, List<Repo> repos, IntSupplier requests) {
    int before = requests.getAsInt();
    List<Repo> chosen = choose(month, repos);
    Map<Long, StarGain> gains = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    int measured = 0;
    for (Repo repo : chosen) {
      if (coreLeft.isPresent() && coreLeft.getAsLong() < settings.keepCoreRequests()) {
        warnings.add(String.format(Locale.ROOT,
            "stars gained measured for %d of %d repositories: GitHub's core budget is down to %d requests"
                + " (github.starGains.keepCoreRequests is %d); a token (GH_TOKEN) raises it to 5,000 an hour",
            measured, chosen.size(), coreLeft.getAsLong(), settings.keepCoreRequests()));
        break;
      }
      measured++;
      measure(month, repo).ifPresent(gain -> gains.put(repo.id(), gain));
    }
    return new StarGainSurvey(gains, requests.getAsInt() - before, count(gains, StarGainMethod.HISTORY),
        count(gains, StarGainMethod.STARGAZERS), measured - gains.size(), repos.size() - measured, warnings);
  }

  /** The history's figure, else the stargazer list's, else none (also for a name no URL may be built from). */
  private Optional<StarGain> measure(CalendarMonth month, Repo repo) {
    Optional<RepoName> name = RepoName.parse(repo.fullName());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return measure(month, repo, name.get());
  }

  private Optional<StarGain> measure(CalendarMonth month, Repo repo, RepoName name) {
    Instant now = clock.instant();
    Optional<MonthInHistory.Found> history = MonthInHistory.find(month, now, page -> historyPage(name, page));
    if (history.isPresent()) {
      return Optional.of(StarGain.measured(history.get().stars(), StarGainMethod.HISTORY, history.get().daily(), now));
    }
    return MonthInStargazers.find(month, repo.stars(), page -> stargazerPage(name, page))
        .map(list -> StarGain.measured(list.stars(), StarGainMethod.STARGAZERS, list.daily(), now));
  }

  private static int count(Map<Long, StarGain> gains, StarGainMethod method) {
    return (int) gains.values().stream().filter(g -> g.method() == method).count();
  }

  /** The top new repositories by current stars, then as many trending ones (created before the month). */
  List<Repo> choose(CalendarMonth month, List<Repo> repos) {
    Comparator<Repo> byStars = Comparator.comparingInt(Repo::stars).reversed().thenComparingLong(Repo::id);
    List<Repo> chosen = new ArrayList<>();
    repos.stream().filter(r -> r.createdAt() != null && month.contains(r.createdAt())).sorted(byStars)
        .limit(settings.measureTop()).forEach(chosen::add);
    repos.stream().filter(r -> r.createdAt() != null && r.createdAt().isBefore(month.start())).sorted(byStars)
        .limit(settings.measureTop()).forEach(chosen::add);
    return chosen;
  }

  private Optional<HistoryPage> historyPage(RepoName repo, int page) {
    HttpUrl url = rest.repoUrl(repo).addPathSegment("stargazers").addPathSegment("history")
        .addQueryParameter("per_page", String.valueOf(MonthInHistory.PER_PAGE))
        .addQueryParameter("page", String.valueOf(page)).build();
    GitHubRest.Answer answer = rest.get(url, GitHubRest.JSON, API_VERSION);
    return usable(answer).map(a -> new HistoryPage(page, parse(a, WEEKS), LinkHeader.parse(a.header("Link"))));
  }

  private Optional<MonthInStargazers.StarPage> stargazerPage(RepoName repo, int page) {
    HttpUrl url = rest.repoUrl(repo).addPathSegment("stargazers")
        .addQueryParameter("per_page", String.valueOf(MonthInStargazers.PER_PAGE))
        .addQueryParameter("page", String.valueOf(page)).build();
    GitHubRest.Answer answer = rest.get(url, STAR_JSON, null);
    return usable(answer).map(a -> new MonthInStargazers.StarPage(
        parse(a, STARGAZERS).stream().map(Stargazer::starredAt).filter(Objects::nonNull).map(t -> instant(t, a)).toList(),
        LinkHeader.parse(a.header("Link"))));
  }

  /** The answer when it is a page; empty when this method is unavailable for the repository. */
  private Optional<GitHubRest.Answer> usable(GitHubRest.Answer answer) {
    remember(answer);
    if (answer.ok()) {
      return Optional.of(answer);
    }
    if (answer.status() == 401 || rateLimited(answer)) {
      throw rest.fail(answer);
    }
    return Optional.empty();
  }

  private static boolean rateLimited(GitHubRest.Answer answer) {
    return (answer.status() == 403 || answer.status() == 429)
        && ("0".equals(answer.header("x-ratelimit-remaining")) || answer.header("retry-after") != null
            || answer.body().contains("rate limit"));
  }

  private void remember(GitHubRest.Answer answer) {
    String left = answer.header("x-ratelimit-remaining");
    String resource = answer.header("x-ratelimit-resource");
    if (left != null && (resource == null || "core".equals(resource))) {
      try {
        coreLeft = OptionalLong.of(Long.parseLong(left.trim()));
      } catch (NumberFormatException e) {
        // a malformed header says nothing about the budget
      }
    }
  }

  private static Instant instant(String text, GitHubRest.Answer answer) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ApiException("unexpected starred_at '" + text + "' from GET " + answer.url().encodedPath());
    }
  }

  private <T> List<T> parse(GitHubRest.Answer answer, TypeReference<List<T>> type) {
    try {
      List<T> items = json.readValue(answer.body(), type);
      return items == null ? List.of() : items;
    } catch (JsonProcessingException e) {
      throw new ApiException("unexpected JSON from GET " + answer.url().encodedPath() + ": " + e.getMessage());
    }
  }
}
