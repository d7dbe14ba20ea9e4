-- Issue 17: the evidence behind a star-burst flag, beyond the star history.
--
-- The accounts watching a repository (GitHub's subscribers_count; its watchers_count is the star
-- count). Only a repository's own answer (GET /repos/{owner}/{repo}) carries it, never a search
-- result: NULL is unknown, never 0, which would read as a repository nobody watches. A save
-- without it (a search) keeps what an earlier answer gave.
ALTER TABLE repo ADD COLUMN watchers INTEGER CHECK (watchers >= 0);

-- The accounts that starred a repository in a month as GH Archive recorded them (stargazers), and
-- how many of them starred nothing else that month (lone): counted on ClickHouse for the month's
-- top candidates only; the hour files of --gharchive do not give it.
CREATE TABLE repo_month_stargazers (
  month      TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  repo_id    INTEGER NOT NULL REFERENCES repo (id),
  stargazers INTEGER NOT NULL CHECK (stargazers >= 0),
  lone       INTEGER NOT NULL CHECK (lone >= 0 AND lone <= stargazers),
  counted_at TEXT    NOT NULL,
  PRIMARY KEY (month, repo_id)
) WITHOUT ROWID;
