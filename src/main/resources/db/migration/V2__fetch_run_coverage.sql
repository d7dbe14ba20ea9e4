-- Whether a source covered its month completely (GitHub's incomplete_results, a listing cut by
-- its page cap), and what its HTTP traffic cost: kept with each fetch for the coverage report
-- and for anyone wondering why a run took long.
ALTER TABLE fetch_run ADD COLUMN complete INTEGER NOT NULL DEFAULT 1 CHECK (complete IN (0, 1));
ALTER TABLE fetch_run ADD COLUMN retries INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fetch_run ADD COLUMN not_modified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fetch_run ADD COLUMN waited_ms INTEGER NOT NULL DEFAULT 0;
