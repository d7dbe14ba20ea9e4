-- curate's first schema. Conventions:
--   * instants are UTC ISO-8601 text with nine fraction digits (2018-11-30T12:00:00.000000000Z):
--     readable in the sqlite3 shell and, being fixed-width, they sort as text in time order;
--   * months are 'YYYY-MM' text; booleans are 0/1; lists are JSON arrays as text.

-- A GitHub repository with its latest figures. The id is GitHub's, stable across renames.
CREATE TABLE repo (
  id            INTEGER PRIMARY KEY,
  full_name     TEXT    NOT NULL,
  owner         TEXT    NOT NULL,
  name          TEXT    NOT NULL,
  html_url      TEXT    NOT NULL,
  description   TEXT,
  stars         INTEGER NOT NULL,
  forks         INTEGER NOT NULL,
  open_issues   INTEGER NOT NULL,
  language      TEXT,
  topics        TEXT    NOT NULL DEFAULT '[]',
  license       TEXT,
  homepage      TEXT,
  created_at    TEXT    NOT NULL,
  pushed_at     TEXT,
  fork          INTEGER NOT NULL CHECK (fork IN (0, 1)),
  archived      INTEGER NOT NULL CHECK (archived IN (0, 1)),
  fetched_at    TEXT    NOT NULL,
  first_seen_at TEXT    NOT NULL
);

-- Which repositories are candidates of which month. A link table, not a column of repo: a
-- repository may be a candidate of a month it was not created in, and of several months.
CREATE TABLE month_repo (
  month   TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  repo_id INTEGER NOT NULL REFERENCES repo (id),
  PRIMARY KEY (month, repo_id)
) WITHOUT ROWID;

-- A Reddit submission with its latest figures; id is the bare base36 id (no t3_ prefix).
CREATE TABLE thread (
  id            TEXT    PRIMARY KEY NOT NULL,
  subreddit     TEXT    NOT NULL,
  title         TEXT    NOT NULL,
  author        TEXT,
  score         INTEGER NOT NULL,
  comments      INTEGER NOT NULL,
  upvote_ratio  REAL    NOT NULL,
  created_at    TEXT    NOT NULL,
  permalink     TEXT    NOT NULL,
  url           TEXT,
  flair         TEXT,
  is_self       INTEGER NOT NULL CHECK (is_self IN (0, 1)),
  selftext      TEXT,
  over_18       INTEGER NOT NULL CHECK (over_18 IN (0, 1)),
  stickied      INTEGER NOT NULL CHECK (stickied IN (0, 1)),
  removed       INTEGER NOT NULL CHECK (removed IN (0, 1)),
  deleted       INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  fetched_at    TEXT    NOT NULL,
  first_seen_at TEXT    NOT NULL
);

CREATE TABLE month_thread (
  month     TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  thread_id TEXT NOT NULL REFERENCES thread (id),
  PRIMARY KEY (month, thread_id)
) WITHOUT ROWID;

-- One completed fetch of one source for one month: what "curate fetch" reported.
CREATE TABLE fetch_run (
  id          INTEGER PRIMARY KEY,
  month       TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  source      TEXT    NOT NULL,
  finished_at TEXT    NOT NULL,
  requests    INTEGER NOT NULL,
  found       INTEGER NOT NULL,
  kept        INTEGER NOT NULL,
  warnings    TEXT    NOT NULL DEFAULT '[]'
);
CREATE INDEX fetch_run_by_month ON fetch_run (month, finished_at);
CREATE INDEX fetch_run_by_finish ON fetch_run (finished_at, id);

-- The shortlist of a month. Repositories and threads have ids of different types, so each kind
-- has its own entry table: that way a foreign key guards every entry.
CREATE TABLE shortlist (
  month     TEXT PRIMARY KEY NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  ranked_at TEXT NOT NULL
);

CREATE TABLE shortlist_repo (
  month   TEXT    NOT NULL REFERENCES shortlist (month) ON DELETE CASCADE,
  rank    INTEGER NOT NULL CHECK (rank >= 1),
  repo_id INTEGER NOT NULL REFERENCES repo (id),
  score   REAL    NOT NULL,
  PRIMARY KEY (month, rank),
  UNIQUE (month, repo_id)
) WITHOUT ROWID;

CREATE TABLE shortlist_thread (
  month     TEXT    NOT NULL REFERENCES shortlist (month) ON DELETE CASCADE,
  rank      INTEGER NOT NULL CHECK (rank >= 1),
  thread_id TEXT    NOT NULL REFERENCES thread (id),
  score     REAL    NOT NULL,
  PRIMARY KEY (month, rank),
  UNIQUE (month, thread_id)
) WITHOUT ROWID;
