-- Issue 4: stars gained inside a month.
--
-- Every GitHub fetch keeps the star count it saw for each repository: the data of the
-- "snapshots" method, the last fallback when GitHub's APIs give no figure for a month.
CREATE TABLE star_snapshot (
  repo_id  INTEGER NOT NULL REFERENCES repo (id),
  taken_at TEXT    NOT NULL,
  stars    INTEGER NOT NULL CHECK (stars >= 0),
  PRIMARY KEY (repo_id, taken_at)
);

-- The stars a repository gained inside a month, how they were measured, and when. daily is a
-- JSON array of the month's per-day counts (index 0 = the 1st), [] when the method gives no days.
CREATE TABLE star_gain (
  month       TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  repo_id     INTEGER NOT NULL REFERENCES repo (id),
  stars       INTEGER NOT NULL,
  method      TEXT    NOT NULL CHECK (method IN ('history', 'stargazers', 'snapshots')),
  daily       TEXT    NOT NULL,
  measured_at TEXT    NOT NULL,
  PRIMARY KEY (month, repo_id)
);
