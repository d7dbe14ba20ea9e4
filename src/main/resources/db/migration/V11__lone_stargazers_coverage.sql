-- Issue 17: whether a GitHub fetch read through GH Archive's events counted the month's lone
-- stargazers (repo_month_stargazers, V10), kept with the fetch for its coverage (rank --json's
-- coverage.github.events.loneStargazers, the fetch summary, the draft's note). NULL for a fetch not
-- read through the events, and for every fetch recorded before V11.
--   events_lone_status    'counted', 'unavailable' (hour files), 'failed' (the query, under auto)
--                         or 'unsound' (a month outside github.events.soundFrom..soundTo)
--   events_lone_asked     candidates asked for
--   events_lone_counted   of those, the ones with a count kept
ALTER TABLE fetch_run ADD COLUMN events_lone_status TEXT
  CHECK (events_lone_status IS NULL OR events_lone_status IN ('counted', 'unavailable', 'failed', 'unsound'));
ALTER TABLE fetch_run ADD COLUMN events_lone_asked INTEGER CHECK (events_lone_asked >= 0);
ALTER TABLE fetch_run ADD COLUMN events_lone_counted INTEGER
  CHECK (events_lone_counted >= 0 AND events_lone_counted <= events_lone_asked);
