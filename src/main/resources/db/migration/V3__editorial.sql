-- The editor's workflow (issue 5): overrides, the series' memory, what the ranking decided per
-- shortlist entry, and the enrichment fetched for the draft.

-- What the editor decided about a candidate of a month. The key is CandidateId.key (lowercase
-- owner/name, or the bare base36 thread id): not a foreign key, because an editor may decide
-- before a re-fetch brings the candidate in, and rank warns about keys that name nothing.
CREATE TABLE editor_override (
  month      TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  candidate  TEXT NOT NULL,
  decision   TEXT CHECK (decision IN ('pick', 'drop')),
  note       TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (month, candidate)
) WITHOUT ROWID;

-- A published issue of the series, and what it featured (its shortlist when published).
CREATE TABLE published_issue (
  month        TEXT PRIMARY KEY NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  url          TEXT,
  published_at TEXT NOT NULL
);

CREATE TABLE featured_item (
  month     TEXT NOT NULL REFERENCES published_issue (month) ON DELETE CASCADE,
  candidate TEXT NOT NULL,
  PRIMARY KEY (month, candidate)
) WITHOUT ROWID;
CREATE INDEX featured_item_by_candidate ON featured_item (candidate, month);

-- What the ranking decided per entry, so the draft and rank --json read it back.
ALTER TABLE shortlist_repo ADD COLUMN area TEXT;
ALTER TABLE shortlist_repo ADD COLUMN picked INTEGER NOT NULL DEFAULT 0 CHECK (picked IN (0, 1));
ALTER TABLE shortlist_repo ADD COLUMN note TEXT;
ALTER TABLE shortlist_repo ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE shortlist_thread ADD COLUMN kind TEXT;
ALTER TABLE shortlist_thread ADD COLUMN picked INTEGER NOT NULL DEFAULT 0 CHECK (picked IN (0, 1));
ALTER TABLE shortlist_thread ADD COLUMN note TEXT;
ALTER TABLE shortlist_thread ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';

-- A repository's README as raw Markdown; readme NULL means GitHub answered 404 (none).
CREATE TABLE repo_readme (
  repo_id    INTEGER PRIMARY KEY NOT NULL REFERENCES repo (id) ON DELETE CASCADE,
  readme     TEXT,
  fetched_at TEXT NOT NULL
);

-- A thread's top comments in Reddit's order, cached per thread. A row in thread_comments_read
-- with no comments means the thread had none worth keeping. Both go with their thread when
-- Reddit's terms make us delete it.
CREATE TABLE thread_comments_read (
  thread_id  TEXT PRIMARY KEY NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
  fetched_at TEXT NOT NULL
);

CREATE TABLE thread_comment (
  thread_id TEXT    NOT NULL REFERENCES thread_comments_read (thread_id) ON DELETE CASCADE,
  position  INTEGER NOT NULL CHECK (position >= 1),
  author    TEXT,
  body      TEXT,
  score     INTEGER NOT NULL,
  stickied  INTEGER NOT NULL CHECK (stickied IN (0, 1)),
  PRIMARY KEY (thread_id, position)
) WITHOUT ROWID;
