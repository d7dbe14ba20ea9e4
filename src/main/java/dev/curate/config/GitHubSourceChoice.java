package dev.curate.config;

/**
 * Where a month's GitHub candidates come from ({@code github.source}): {@code search} (GitHub's
 * search, repositories created in the month), {@code events} (every repository's stars in the month
 * from GH Archive's events, on ClickHouse or in hour files), or {@code auto}: both for months the
 * events cover soundly ({@code github.events.soundFrom} to {@code soundTo}), search alone
 * elsewhere. Lower case, as the user writes them.
 */
public enum GitHubSourceChoice {
  search,
  events,
  auto
}
