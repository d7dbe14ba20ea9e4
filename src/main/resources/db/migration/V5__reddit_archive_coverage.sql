-- How each Reddit fetch read its month, and how sure it is of having all of it: the method
-- (listing, archive, dump; search for GitHub), and the month's post count where the archive
-- publishes one (Arctic Shift /api/time_series), to compare the posts found with.
ALTER TABLE fetch_run ADD COLUMN method TEXT;
ALTER TABLE fetch_run ADD COLUMN expected_posts INTEGER;

-- A thread read from an archive or a dump carries the figures the archive collected (as of
-- retrieved_on, when it says), and, when Reddit answered /api/info, the figures Reddit gave at
-- that time. thread.score and thread.comments hold the figures ranking uses: the refreshed ones
-- when there are any. Deleted with its thread.
CREATE TABLE thread_figures (
  thread_id          TEXT PRIMARY KEY NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
  archived_score     INTEGER,
  archived_comments  INTEGER,
  archived_at        TEXT,
  refreshed_score    INTEGER,
  refreshed_comments INTEGER,
  refreshed_at       TEXT
) WITHOUT ROWID;
