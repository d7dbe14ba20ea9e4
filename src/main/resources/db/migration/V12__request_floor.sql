-- Issue 14: the fewest requests that could have answered the month as the fetch read it (a search
-- page per 100 repositories returned, a star history request per repository measured, an archive
-- page per 100 posts...), kept beside fetch_run.requests so that a regression in request cost
-- shows run after run. NULL for a run recorded before V12, and for a source that did not count
-- its requests against a floor.
ALTER TABLE fetch_run ADD COLUMN request_floor INTEGER CHECK (request_floor >= 0);
