package dev.curate.workflow;

import dev.curate.config.EventsSettings;
import dev.curate.config.GitHubSourceChoice;
import dev.curate.config.StarBurstSettings;
import dev.curate.events.EventsSource;
import dev.curate.model.CalendarMonth;
import dev.curate.model.EventsCoverage;
import dev.curate.rank.MlFilter;

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
}
