package dev.curate.github;

import dev.curate.error.CurateException;
import dev.curate.model.HttpActivity;
import dev.curate.model.Repo;
import dev.curate.model.RequestCount;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What looking repositories up by name gave ({@link RepositoryLookup}).
 *
 * @param found one entry per repository, in the order its first name was asked, with every asked
 *     name that answered with it
 * @param asked the names a look-up was made for (found, gone or failed)
 * @param gone names GitHub answered 404 (deleted or private), 410 or 451 (access blocked)
 * @param invalid names that are not {@code owner/name} by GitHub's rules, never asked for
 * @param failed names whose look-up failed for that repository (named in {@code warnings})
 * @param leftOut names not asked for: the core budget ran low, or the look-ups stopped
 * @param warnings one line each, for the fetch's warnings
 * @param stoppedBy what stopped the look-ups before the end: a 401 (exit code 4), a rate limit
 *     beyond {@code http.maxWait} (75), or {@value RepositoryLookup#FAILURES_IN_A_ROW} failures in
 *     a row; the caller decides whether it ends the fetch
 * @param requests the requests the look-ups sent (redirects and retries included)
 * @param activity their retries, 304s, waits and the budget left
 * @param requestCount their requests against the floor of one a name asked
 */
public record Lookups(
    List<Found> found,
    int asked,
    List<String> gone,
    List<String> invalid,
    List<String> failed,
    List<String> leftOut,
    List<String> warnings,
    Optional<CurateException> stoppedBy,
    int requests,
    HttpActivity activity,
    RequestCount requestCount) {

  public Lookups {
    found = List.copyOf(found);
    gone = List.copyOf(gone);
    invalid = List.copyOf(invalid);
    failed = List.copyOf(failed);
    leftOut = List.copyOf(leftOut);
    warnings = List.copyOf(warnings);
    activity = activity == null ? HttpActivity.NONE : activity;
    requestCount = requestCount == null ? RequestCount.NONE : requestCount;
  }

  /** No name looked up. */
  public static final Lookups NONE =
      new Lookups(
          List.of(),
          0,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          Optional.empty(),
          0,
          HttpActivity.NONE,
          RequestCount.NONE);

  /** The same look-ups with what their requests cost. */
  Lookups costing(int requests, HttpActivity activity, RequestCount count) {
    return new Lookups(
        found, asked, gone, invalid, failed, leftOut, warnings, stoppedBy, requests, activity,
        count);
  }

  /**
   * A repository and the names it was asked by: its current one, and any older one GitHub
   * redirected from (a rename or a transfer).
   */
  public record Found(Repo repo, List<String> names) {
    public Found {
      names = List.copyOf(names);
    }

    /** The names that are not the repository's current one (ignoring case, as GitHub does). */
    public List<String> formerNames() {
      return names.stream().filter(n -> !n.equalsIgnoreCase(repo.fullName())).toList();
    }
  }

  /** The repository an asked name answered with (ignoring case), if any. */
  public Optional<Found> of(String name) {
    return found.stream()
        .filter(f -> f.names().stream().anyMatch(n -> n.equalsIgnoreCase(name)))
        .findFirst();
  }

  /** Asked names that answered under another name: renamed or transferred since. */
  public int renamed() {
    return found.stream().mapToInt(f -> f.formerNames().size()).sum();
  }

  /**
   * One line for the fetch's progress: "looked up 300 repositories by name: 287 found (3 renamed),
   * 10 gone (deleted or private), 2 not owner/name, 1 failed, 0 left out".
   */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "looked up %d %s by name: %d found (%d renamed), %d gone (deleted or private),"
            + " %d not owner/name, %d failed, %d left out",
        asked,
        asked == 1 ? "repository" : "repositories",
        found.size(),
        renamed(),
        gone.size(),
        invalid.size(),
        failed.size(),
        leftOut.size());
  }
}
