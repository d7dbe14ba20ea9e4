package dev.curate.github;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.error.ApiException;
import dev.curate.error.CurateException;
import dev.curate.error.ExitCode;
import dev.curate.http.ResponseText;
import dev.curate.model.HttpActivity;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import dev.curate.plan.Budget;
import dev.curate.plan.PlannedRequest;
import dev.curate.plan.Purpose;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Repositories by {@code owner/name}, for names that come without anything else (GH Archive's
 * events carry a repository's name only): one {@code GET /repos/{owner}/{repo}} each
 * (https://docs.github.com/en/rest/repos/repos#get-a-repository), best first, on the source's
 * {@link GitHubRest}, so the serial gate, rate-limit waits, retries and the HTTP cache apply (a
 * look-up made again is a conditional request, answered 304 at no rate-limit cost).
 *
 * <p>The answer is read as a search item is ({@link SearchItemReader}): a repository answer has a
 * search item's fields and more ({@code subscribers_count}, {@code network_count}...), github-api
 * binds it without a connection, and the topics and license come from the same answer. {@code
 * GHRepository} itself would send {@code GET …/topics} and {@code GET …/license} for them.
 *
 * <p>What each name became:
 *
 * <ul>
 *   <li>A repository renamed or transferred since the name was recorded: GitHub answers the old
 *       name with {@code 301 Moved Permanently} to {@code /repositories/{id}}, which OkHttp follows
 *       on the same origin; the answer is the repository under its current name. Every name that
 *       answered with one repository is kept with it ({@link Lookups.Found#names()}), so that the
 *       caller sums what it counted under each name into one candidate.
 *   <li>404 (deleted, or private: GitHub does not say which), 410 or 451 (access blocked): gone,
 *       skipped and counted.
 *   <li>A name that is not {@code owner/name} by GitHub's rules ({@link RepoName}): skipped,
 *       counted and never put in a URL.
 *   <li>A look-up that fails for its repository after the shared retries (a 5xx, a 403 that is no
 *       rate limit, an answer that is not a repository, a timeout): skipped and named in one
 *       warning. {@value #FAILURES_IN_A_ROW} such failures in a row stop the look-ups, since GitHub
 *       rather than one repository is then the trouble.
 *   <li>A 401 or a rate limit beyond {@code http.maxWait} stops the look-ups; what was found is
 *       kept and the failure comes with it ({@link Lookups#stoppedBy()}) for the caller to judge.
 *       An interrupt leaves at once.
 *   <li>Before each look-up, when GitHub's answers said fewer than {@code keepCoreRequests} core
 *       requests are left (60 an hour without a token), the rest are left out and counted, with a
 *       warning, rather than wait for the reset ({@link CoreBudget}).
 * </ul>
 */
public final class RepositoryLookup {
  /** Failures in a row after which GitHub, not one repository, is taken to be the trouble. */
  static final int FAILURES_IN_A_ROW = 3;

  private final GitHubRest rest;
  private final int keepCoreRequests;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private final SearchItemReader reader = new SearchItemReader(json);

  /**
   * @param rest the GitHub source's client ({@link GitHubSource#rest()})
   * @param keepCoreRequests core requests to leave for the rest of the fetch ({@code
   *     github.starGains.keepCoreRequests})
   */
  public RepositoryLookup(GitHubRest rest, int keepCoreRequests, Clock clock) {
    this.rest = rest;
    this.keepCoreRequests = keepCoreRequests;
    this.clock = clock;
  }

  /**
   * Looks up the first {@code limit} distinct names (ignoring case, as GitHub does), in order.
   *
   * @param names best first, e.g. by the stars the events counted
   * @param limit how many to look up at most ({@code github.events.lookup})
   * @throws CurateException only when interrupted; every other failure is in the result
   */
  public Lookups lookUp(List<String> names, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be zero or more, got " + limit);
    }
    List<String> chosen = distinct(names).stream().limit(limit).toList();
    List<String> invalid = new ArrayList<>();
    List<RepoName> valid = new ArrayList<>();
    for (String name : chosen) {
      RepoName.parse(name).ifPresentOrElse(valid::add, () -> invalid.add(name));
    }
    Run run = new Run(new CoreBudget(keepCoreRequests));
    for (int i = 0; i < valid.size(); i++) {
      RepoName name = valid.get(i);
      if (run.budget.runningLow()) {
        run.leaveOut(valid.subList(i, valid.size()));
        run.warnings.add(
            String.format(
                Locale.ROOT,
                "looked up %d of %d repositories by name, %d left out: %s",
                run.asked,
                valid.size(),
                valid.size() - i,
                run.budget.why()));
        break;
      }
      Optional<CurateException> stop = lookUp(name, run);
      if (stop.isPresent()) {
        run.leaveOut(valid.subList(i + 1, valid.size()));
        run.stoppedBy = stop.get();
        run.warnings.add(
            String.format(
                Locale.ROOT,
                "looked up %d of %d repositories by name, then stopped at %s: %s; the %d found are"
                    + " kept, %d left out",
                run.asked,
                valid.size(),
                name.fullName(),
                stop.get().getMessage(),
                run.found.size(),
                valid.size() - i - 1));
        break;
      }
    }
    failedWarning(run.failed).ifPresent(run.warnings::add);
    invalidWarning(invalid).ifPresent(w -> run.warnings.add(0, w));
    return new Lookups(
        run.found.values().stream().map(FoundNames::found).toList(),
        run.asked,
        run.gone,
        invalid,
        run.failed.stream().map(Failure::name).toList(),
        run.leftOut,
        run.warnings,
        Optional.ofNullable(run.stoppedBy),
        0,
        HttpActivity.NONE,
        RequestCount.NONE);
  }

  /**
   * What {@link #lookUp} sends for at most {@code limit} names: one request each. A renamed
   * repository's redirect to {@code /repositories/{id}} is followed as part of its request.
   */
  public PlannedRequest plan(int limit) {
    return PlannedRequest.get(
            rest.repoUrl(RepoName.PLACEHOLDER).build(), Purpose.of(Purpose.Kind.LOOKUP))
        .times(0, limit)
        .countedIn(Budget.Bucket.GITHUB_CORE);
  }

  /** What the look-ups so far found and met. */
  private static final class Run {
    final CoreBudget budget;
    final Map<Long, FoundNames> found = new LinkedHashMap<>();
    final List<String> gone = new ArrayList<>();
    final List<Failure> failed = new ArrayList<>();
    final List<String> leftOut = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int asked;
    int failuresInARow;
    CurateException stoppedBy;

    Run(CoreBudget budget) {
      this.budget = budget;
    }

    void leaveOut(List<RepoName> names) {
      names.forEach(n -> leftOut.add(n.fullName()));
    }
  }

  private record FoundNames(Repo repo, List<String> names) {
    Lookups.Found found() {
      return new Lookups.Found(repo, names);
    }
  }

  private record Failure(String name, String why) {}

  /**
   * One look-up; what stops them all comes back, everything else is noted in {@code run}.
   *
   * @throws CurateException when interrupted
   */
  private Optional<CurateException> lookUp(RepoName name, Run run) {
    GitHubRest.Answer answer;
    run.asked++;
    try {
      answer = rest.get(rest.repoUrl(name).build(), GitHubRest.JSON);
    } catch (CurateException e) {
      if (e.exitCode() == ExitCode.INTERRUPTED) {
        throw e;
      }
      // A rate limit beyond http.maxWait (75), or credentials an interceptor refused (4): the next
      // look-up would meet the same. A connection or timeout failure may be this repository's.
      if (e.exitCode() == ExitCode.TEMPORARY || e.exitCode() == ExitCode.CREDENTIALS) {
        return Optional.of(e);
      }
      return failed(name, e, run);
    }
    run.budget.remember(answer);
    if (answer.ok()) {
      Optional<Repo> repo;
      try {
        repo = Optional.of(read(answer));
      } catch (ApiException e) {
        return failed(name, e, run);
      }
      run.failuresInARow = 0;
      run.found
          .computeIfAbsent(repo.get().id(), id -> new FoundNames(repo.get(), new ArrayList<>()))
          .names()
          .add(name.fullName());
      return Optional.empty();
    }
    int status = answer.status();
    if (status == 404 || status == 410 || status == 451) {
      run.failuresInARow = 0;
      run.gone.add(name.fullName());
      return Optional.empty();
    }
    CurateException failure = rest.fail(answer);
    if (status == 401 || answer.rateLimited()) {
      return Optional.of(failure);
    }
    return failed(name, failure, run);
  }

  /** Notes a look-up that failed for its repository; the third in a row stops them all. */
  private static Optional<CurateException> failed(RepoName name, CurateException e, Run run) {
    run.failed.add(new Failure(name.fullName(), e.getMessage()));
    run.failuresInARow++;
    return run.failuresInARow >= FAILURES_IN_A_ROW ? Optional.of(e) : Optional.empty();
  }

  /** The answer as a repository, or why it is none (one line, fit for a warning). */
  private Repo read(GitHubRest.Answer answer) {
    String what = "GET " + answer.url().encodedPath();
    String contentType = answer.header("Content-Type");
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
      throw new ApiException(
          "expected JSON from "
              + what
              + ", got "
              + (contentType == null
                  ? "no content type"
                  : ResponseText.printable(contentType.split(";")[0].trim(), 40)));
    }
    JsonNode node;
    try {
      node = json.readTree(answer.body());
    } catch (JacksonException e) {
      throw new ApiException("malformed JSON from " + what);
    }
    SearchItemReader.Read read = reader.read(node);
    if (read instanceof SearchItemReader.Rejected rejected) {
      throw new ApiException("no repository in the answer to " + what + ": " + rejected.problem());
    }
    try {
      return RepoMapper.map(((SearchItemReader.Usable) read).item(), clock.instant());
    } catch (IOException | RuntimeException e) {
      throw new ApiException("no repository in the answer to " + what, e);
    }
  }

  /** The names without repeats, ignoring case as GitHub does; the first spelling is kept. */
  private static List<String> distinct(List<String> names) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> distinct = new ArrayList<>();
    for (String name : names) {
      if (name != null && seen.add(name.toLowerCase(Locale.ROOT))) {
        distinct.add(name);
      }
    }
    return distinct;
  }

  private static Optional<String> failedWarning(List<Failure> failed) {
    if (failed.isEmpty()) {
      return Optional.empty();
    }
    List<String> named =
        failed.stream()
            .limit(SkippedItems.NAMED)
            .map(f -> f.name() + " (" + f.why() + ")")
            .toList();
    return Optional.of(
        String.format(
            Locale.ROOT,
            "skipped %d %s whose look-up failed: %s%s",
            failed.size(),
            failed.size() == 1 ? "repository" : "repositories",
            String.join("; ", named),
            more(failed.size())));
  }

  private static Optional<String> invalidWarning(List<String> invalid) {
    if (invalid.isEmpty()) {
      return Optional.empty();
    }
    List<String> named =
        invalid.stream()
            .limit(SkippedItems.NAMED)
            .map(n -> "'" + ResponseText.printable(n, 60) + "'")
            .toList();
    return Optional.of(
        String.format(
            Locale.ROOT,
            "skipped %d %s GitHub would not allow (not owner/name), never asked for: %s%s",
            invalid.size(),
            invalid.size() == 1 ? "name" : "names",
            String.join(", ", named),
            more(invalid.size())));
  }

  private static String more(int count) {
    return count > SkippedItems.NAMED
        ? String.format(Locale.ROOT, " and %d more", count - SkippedItems.NAMED)
        : "";
  }
}
