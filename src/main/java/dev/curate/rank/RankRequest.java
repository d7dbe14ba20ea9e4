package dev.curate.rank;

import dev.curate.model.CalendarMonth;
import dev.curate.model.MonthStargazers;
import dev.curate.model.MonthlyStars;
import dev.curate.model.RedditThread;
import dev.curate.model.Repo;
import dev.curate.model.StarGain;
import dev.curate.model.ThreadFigures;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one ranking of a month depends on. Start from {@link #of} (diversity on, no repeats,
 * no overrides, nothing featured, no READMEs) and change what the command line asked for with the
 * {@code with...} methods.
 *
 * @param repoCount repositories to keep; picks count towards it, and all picks are kept even when
 *     there are more of them
 * @param diversity false for {@code --no-diversity}: no caps per owner or area
 * @param allowRepeats true for {@code --allow-repeats}: candidates featured in an earlier month may
 *     be ranked again
 * @param featured per ID, the earliest month it was on a published shortlist; entries for this
 *     month or later ones are ignored (re-ranking a published month does not drop its own items)
 * @param readmes each README's prose by repository id ({@link Repo#id()}), for classification and
 *     the junk rule: words only, no markup, code or URLs ({@code enrich.ReadmeProse}); a repository
 *     without an entry counts as having no README
 * @param starGains stars gained in the month by repository id; a repository without an entry has an
 *     unknown gain
 * @param monthlyStars the stars GH Archive counted in the month and the three months before, by
 *     repository id, for the breakout signal; a repository without an entry has an unknown breakout
 * @param stargazers the accounts that starred each repository in the month and those of them that
 *     starred nothing else, as GH Archive recorded them, by repository id, for the star-burst
 *     signals; a repository without an entry was not counted
 * @param threadFigures the archived and refreshed figures of threads read from an archive or a
 *     dump, by thread id; a thread without an entry was read from Reddit itself
 * @param rankedAt when the ranking was made, for the saved shortlist (the ranker reads no clock)
 */
public record RankRequest(
    CalendarMonth month,
    List<Repo> repos,
    List<RedditThread> threads,
    int repoCount,
    int threadCount,
    boolean diversity,
    boolean allowRepeats,
    EditorOverrides overrides,
    Map<String, CalendarMonth> featured,
    Map<Long, String> readmes,
    Map<Long, StarGain> starGains,
    Map<Long, MonthlyStars> monthlyStars,
    Map<Long, MonthStargazers> stargazers,
    Map<String, ThreadFigures> threadFigures,
    Instant rankedAt) {

  public RankRequest {
    Objects.requireNonNull(month, "month");
    repos = List.copyOf(repos);
    threads = List.copyOf(threads);
    requireCount("repoCount", repoCount);
    requireCount("threadCount", threadCount);
    Objects.requireNonNull(overrides, "overrides");
    featured = earliestByKey(featured);
    readmes = Map.copyOf(readmes);
    starGains = Map.copyOf(starGains);
    monthlyStars = Map.copyOf(monthlyStars);
    stargazers = Map.copyOf(stargazers);
    threadFigures = Map.copyOf(threadFigures);
    Objects.requireNonNull(rankedAt, "rankedAt");
  }

  public static RankRequest of(
      CalendarMonth month,
      List<Repo> repos,
      List<RedditThread> threads,
      int repoCount,
      int threadCount,
      Instant rankedAt) {
    return new RankRequest(
        month,
        repos,
        threads,
        repoCount,
        threadCount,
        true,
        false,
        EditorOverrides.NONE,
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        rankedAt);
  }

  public RankRequest withDiversity(boolean on) {
    return new RankRequest(
        month,
        repos,
        threads,
        repoCount,
        threadCount,
        on,
        allowRepeats,
        overrides,
        featured,
        readmes,
        starGains,
        monthlyStars,
        stargazers,
        threadFigures,
        rankedAt);
  }

  public RankRequest withAllowRepeats(boolean allow) {
    return new RankRequest(
        month,
        repos,
        threads,
        repoCount,
        threadCount,
        diversity,
        allow,
        overrides,
        featured,
        readmes,
        starGains,
        monthlyStars,
        stargazers,
        threadFigures,
        rankedAt);
  }

  public RankRequest withOverrides(EditorOverrides editor) {
    return new RankRequest(
        month,
        repos,
        threads,
        repoCount,
        threadCount,
        diversity,
        allowRepeats,
        editor,
        featured,
        readmes,
        starGains,
        monthlyStars,
        stargazers,
        threadFigures,
        rankedAt);
  }

  public RankRequest withFeatured(Map<String, CalendarMonth> byId) {
    return new RankRequest(
        month,
        repos,
        threads,
        repoCount,
        threadCount,
        diversity,
        allowRepeats,
        overrides,
        byId,
        readmes,
        starGains,
        monthlyStars,
        stargazers,
        threadFigures,
        rankedAt);
  }

  public RankRequest withReadmes(Map<Long, String> byRepoId) {
    return new RankRequest(
        month,
        repos,
        threads,
        repoCount,
        threadCount,
        diversity,
        allowRepeats,
        overrides,
        featured,
        byRepoId,
        starGains,
        monthlyStars,
        stargazers,
        threadFigures,
        rankedAt);
  }

  public RankRequest withStarGains(Map<Long, StarGain> byRepoId) {
    return new RankRequest(
        month,
        repos,
        threads,
        repoCount,
        threadCount,
        diversity,
        allowRepeats,
        overrides,
        featured,
        readmes,
        byRepoId,
        monthlyStars,
        stargazers,
        threadFigures,
        rankedAt);
  }

  /**
   * With the stars GH Archive counted for the month's repositories in the month and the three
   * months before, for the breakout signal.
   */
  public RankRequest withMonthlyStars(Map<Long, MonthlyStars> byRepoId) {
    return new RankRequest(
        month,
        repos,
        threads,
        repoCount,
        threadCount,
        diversity,
        allowRepeats,
        overrides,
        featured,
        readmes,
        starGains,
        byRepoId,
        stargazers,
        threadFigures,
        rankedAt);
  }

  public RankRequest withThreadFigures(Map<String, ThreadFigures> byThreadId) {
    return new RankRequest(
        month,
        repos,
        threads,
        repoCount,
        threadCount,
        diversity,
        allowRepeats,
        overrides,
        featured,
        readmes,
        starGains,
        monthlyStars,
        stargazers,
        byThreadId,
        rankedAt);
  }

  /**
   * With the month's stargazers GH Archive counted for the month's top repositories, for the
   * star-burst signals.
   */
  public RankRequest withStargazers(Map<Long, MonthStargazers> byRepoId) {
    return new RankRequest(
        month,
        repos,
        threads,
        repoCount,
        threadCount,
        diversity,
        allowRepeats,
        overrides,
        featured,
        readmes,
        starGains,
        monthlyStars,
        byRepoId,
        threadFigures,
        rankedAt);
  }

  /** The month's stargazers of this repository as GH Archive counted them, if it did. */
  Optional<MonthStargazers> stargazers(long repoId) {
    return Optional.ofNullable(stargazers.get(repoId));
  }

  /** The thread's archived and refreshed figures, if it was read from an archive or a dump. */
  Optional<ThreadFigures> figures(String threadId) {
    return Optional.ofNullable(threadFigures.get(threadId));
  }

  /** The stars this repository gained in the month, or {@link StarGain#UNKNOWN}. */
  public StarGain starGain(long repoId) {
    return starGains.getOrDefault(repoId, StarGain.UNKNOWN);
  }

  /** The earlier month this ID was featured in, if any and if it is before the ranked month. */
  Optional<CalendarMonth> featuredBefore(String id) {
    CalendarMonth when = featured.get(CandidateId.key(id));
    return when != null && when.compareTo(month) < 0 ? Optional.of(when) : Optional.empty();
  }

  private static Map<String, CalendarMonth> earliestByKey(Map<String, CalendarMonth> byId) {
    Map<String, CalendarMonth> byKey = new HashMap<>();
    byId.forEach(
        (id, when) ->
            byKey.merge(
                CandidateId.key(id),
                Objects.requireNonNull(when, id),
                (a, b) -> a.compareTo(b) <= 0 ? a : b));
    return Collections.unmodifiableMap(byKey);
  }

  private static void requireCount(String name, int count) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " must be zero or more, got " + count);
    }
  }
}
