-- Issue 13: what GH Archive's star events gave a GitHub fetch, kept with the fetch for its
-- coverage (rank --json's coverage.github.events, the fetch summary, the draft's note).
-- fetch_run.method may now be 'events' or 'search+events' (it has no CHECK). Every column is NULL
-- for a fetch not read through the events, and for every fetch recorded before V9.
--   events_engine          'clickhouse' or 'gharchive'
--   events_endpoint        the ClickHouse server (host and port only) or the hour files' folder
--   events_last_event_at   the latest star event the engine held (ISO-8601 UTC), or NULL
--   events_counted         repositories the events counted for the month
--   events_looked_up       names looked up on GitHub
--   events_kept_as_ml      repositories found by name the ML filter kept
--   events_renamed         names that answered under another name
--   events_gone            names GitHub no longer serves
--   events_missing_hours   hours of the month without an hour file (NULL for ClickHouse)
--   events_lower_bound     1 when the month is outside github.events.soundFrom..soundTo
ALTER TABLE fetch_run ADD COLUMN events_engine TEXT
  CHECK (events_engine IS NULL OR events_engine IN ('clickhouse', 'gharchive'));
ALTER TABLE fetch_run ADD COLUMN events_endpoint TEXT;
ALTER TABLE fetch_run ADD COLUMN events_last_event_at TEXT;
ALTER TABLE fetch_run ADD COLUMN events_counted INTEGER CHECK (events_counted >= 0);
ALTER TABLE fetch_run ADD COLUMN events_looked_up INTEGER CHECK (events_looked_up >= 0);
ALTER TABLE fetch_run ADD COLUMN events_kept_as_ml INTEGER CHECK (events_kept_as_ml >= 0);
ALTER TABLE fetch_run ADD COLUMN events_renamed INTEGER CHECK (events_renamed >= 0);
ALTER TABLE fetch_run ADD COLUMN events_gone INTEGER CHECK (events_gone >= 0);
ALTER TABLE fetch_run ADD COLUMN events_missing_hours INTEGER CHECK (events_missing_hours >= 0);
ALTER TABLE fetch_run ADD COLUMN events_lower_bound INTEGER CHECK (events_lower_bound IN (0, 1));
