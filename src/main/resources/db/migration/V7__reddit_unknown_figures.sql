-- Issue 11. A figure an answer left out is unknown (NULL), not 0. Reddit's listings before about
-- 2020 and the Pushshift/Arctic Shift dumps of 2018 have no upvote_ratio at all, and V1 stored
-- 0.0 for it, which rank --json printed as a real 0% ratio. score and comments may be missing
-- from hostile or damaged answers too, and so may a comment's score.
--
-- SQLite cannot drop NOT NULL from a column in place, and rebuilding the thread table would
-- need foreign keys off, which a migration's transaction cannot do. So each column is replaced
-- by a nullable copy: add, copy, drop (none of the three is indexed, keyed or checked), rename.
ALTER TABLE thread ADD COLUMN score_known INTEGER;
ALTER TABLE thread ADD COLUMN comments_known INTEGER;
ALTER TABLE thread ADD COLUMN upvote_ratio_known REAL;
-- A ratio of exactly 0.0 is what V1 wrote for a missing one. A real 0.0 (a post voted down to
-- nothing, its author's own upvote included) is rare, and becoming unknown costs it nothing: the
-- ratio is shown in rank --json only, never scored. score and comments of 0 are common real
-- values and cannot be told from a missing one: they stay as they are.
UPDATE thread SET score_known = score, comments_known = comments,
                  upvote_ratio_known = CASE WHEN upvote_ratio = 0 THEN NULL ELSE upvote_ratio END;
ALTER TABLE thread DROP COLUMN score;
ALTER TABLE thread DROP COLUMN comments;
ALTER TABLE thread DROP COLUMN upvote_ratio;
ALTER TABLE thread RENAME COLUMN score_known TO score;
ALTER TABLE thread RENAME COLUMN comments_known TO comments;
ALTER TABLE thread RENAME COLUMN upvote_ratio_known TO upvote_ratio;

-- A cached comment's score, the same way (V3 made it NOT NULL; a comment's 0 stays 0).
ALTER TABLE thread_comment ADD COLUMN score_known INTEGER;
UPDATE thread_comment SET score_known = score;
ALTER TABLE thread_comment DROP COLUMN score;
ALTER TABLE thread_comment RENAME COLUMN score_known TO score;

-- When Reddit was asked about an archived thread and left it out of its /api/info answer: it no
-- longer serves it (removed by Reddit, its subreddit private or banned). Such a thread is kept,
-- as the archive saw it, and flagged not-refreshed so that its stale figures are never taken for
-- current ones.
ALTER TABLE thread_figures ADD COLUMN unserved_at TEXT;
