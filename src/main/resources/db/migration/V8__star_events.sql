-- Issue 13: stars counted from GH Archive's events (one WatchEvent per star given).
--
-- A month's stars gained may now be measured as 'events': the stars given in the month as GH
-- Archive recorded them (stars removed since are not subtracted). SQLite cannot change a CHECK
-- in place. No other table refers to star_gain, so it is rebuilt: copied into a table of the new
-- shape, dropped, and the copy renamed (with foreign keys on, as in every migration).
CREATE TABLE star_gain_v8 (
  month       TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  repo_id     INTEGER NOT NULL REFERENCES repo (id),
  stars       INTEGER NOT NULL,
  method      TEXT    NOT NULL CHECK (method IN ('history', 'stargazers', 'events', 'snapshots')),
  daily       TEXT    NOT NULL,
  measured_at TEXT    NOT NULL,
  PRIMARY KEY (month, repo_id)
);
INSERT INTO star_gain_v8 (month, repo_id, stars, method, daily, measured_at)
  SELECT month, repo_id, stars, method, daily, measured_at FROM star_gain;
DROP TABLE star_gain;
ALTER TABLE star_gain_v8 RENAME TO star_gain;

-- The stars GH Archive recorded for a repository in a month (stars) and in each of the three
-- months before (prev1 the month just before, prev3 the earliest): what the breakout signal of
-- rank compares. A previous month is NULL when it was not counted (hour files not given), never 0,
-- which would read as a month without stars. Kept apart from star_gain, so that a repository the
-- star history also measured keeps both figures.
CREATE TABLE repo_month_events (
  month      TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  repo_id    INTEGER NOT NULL REFERENCES repo (id),
  stars      INTEGER NOT NULL CHECK (stars >= 0),
  prev1      INTEGER CHECK (prev1 >= 0),
  prev2      INTEGER CHECK (prev2 >= 0),
  prev3      INTEGER CHECK (prev3 >= 0),
  counted_at TEXT    NOT NULL,
  PRIMARY KEY (month, repo_id)
) WITHOUT ROWID;
