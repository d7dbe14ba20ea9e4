package dev.curate.workflow;

import dev.curate.config.EventsSettings;
import dev.curate.config.GitHubSourceChoice;
import dev.curate.config.StarBurstSettings;
import dev.curate.events.EventsSource;
import dev.curate.model.CalendarMonth;
import dev.curate.model.EventsCoverage;
import dev.curate.model.LoneStargazersCoverage;
import dev.curate.rank.MlFilter;
import java.util.Optional;

/**
 * GH Archive's star events as a source of GitHub candidates, with what turns their names into
 * candidates: the look-ups on GitHub and the ML filter.
 *
 * @param choice {@code github.source}, or {@code --github-source}
 * @param settings {@code github.events}
 * @param source where the events are counted: ClickHouse, or hour files
 * @param lookUp the GitHub source's look-up by name
 * @param filter which repositories found by name are machine learning
 * @param lone {@code starBurst.loneStargazers}: how many candidates' lone stargazers are counted,
 *     from how many stars gained
 */
public record GitHubEvents(
    GitHubSourceChoice choice,
    EventsSettings settings,
    EventsSource source,
    RepoLookup lookUp,
    MlFilter filter,
    StarBurstSettings.LoneStargazers lone) {

  /** How {@code month} is read. */
  public GitHubReading reading(CalendarMonth month) {
    return GitHubReading.decide(
        choice, settings, source.engine() == EventsCoverage.Engine.GHARCHIVE, month);
  }

  /**
   * Why the month's lone stargazers are not asked, for the coverage, or empty when they are: the
   * one decision {@code fetch --dry-run}'s plan and the fetch's count both follow, so the plan
   * lists the query exactly when the fetch may send it. Hour files cannot tell them; a month GH
   * Archive recorded unsoundly would read lost stars as lone ones; {@code ask: 0} turns the query
   * off. The last reuses {@code unavailable} (the signal is not available from this fetch) rather
   * than a status of its own, which V11's CHECK would refuse; its words name the setting.
   */
  public Optional<LoneStargazersCoverage> loneStargazersNotAsked(CalendarMonth month) {
    if (source.stargazers().isEmpty()) {
      return Optional.of(LoneStargazersCoverage.UNAVAILABLE);
    }
    if (!settings.isSound(month)) {
      return Optional.of(LoneStargazersCoverage.UNSOUND);
    }
    if (lone.ask() == 0) {
      return Optional.of(LoneStargazersCoverage.UNAVAILABLE);
    }
    return Optional.empty();
  }
}
