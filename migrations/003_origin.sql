-- Where each item came from (DATA-MODEL.md, "Origin of each item"): `curated` (written or
-- reviewed by a person) or `extracted` (produced by the extractor, not yet reviewed), with
-- the extractor's confidence (0 to 1) and its version and rule as JSON. A curated item has
-- neither: the CHECKs say so, so no query has to wonder what a curated confidence means.
-- The indexes serve the `origin` and `minConfidence` filters of every collection.

ALTER TABLE actors ADD COLUMN origin TEXT NOT NULL DEFAULT 'curated' CHECK (origin IN ('curated', 'extracted'));
ALTER TABLE actors ADD COLUMN confidence REAL CHECK ((origin = 'curated') = (confidence IS NULL) AND (confidence IS NULL OR confidence BETWEEN 0 AND 1));
ALTER TABLE actors ADD COLUMN extraction TEXT CHECK ((origin = 'curated') = (extraction IS NULL) AND (extraction IS NULL OR json_valid(extraction)));
CREATE INDEX actors_origin ON actors (origin, seq);
CREATE INDEX actors_confidence ON actors (confidence, seq);

ALTER TABLE events ADD COLUMN origin TEXT NOT NULL DEFAULT 'curated' CHECK (origin IN ('curated', 'extracted'));
ALTER TABLE events ADD COLUMN confidence REAL CHECK ((origin = 'curated') = (confidence IS NULL) AND (confidence IS NULL OR confidence BETWEEN 0 AND 1));
ALTER TABLE events ADD COLUMN extraction TEXT CHECK ((origin = 'curated') = (extraction IS NULL) AND (extraction IS NULL OR json_valid(extraction)));
CREATE INDEX events_origin ON events (origin, seq);
CREATE INDEX events_confidence ON events (confidence, seq);

ALTER TABLE claims ADD COLUMN origin TEXT NOT NULL DEFAULT 'curated' CHECK (origin IN ('curated', 'extracted'));
ALTER TABLE claims ADD COLUMN confidence REAL CHECK ((origin = 'curated') = (confidence IS NULL) AND (confidence IS NULL OR confidence BETWEEN 0 AND 1));
ALTER TABLE claims ADD COLUMN extraction TEXT CHECK ((origin = 'curated') = (extraction IS NULL) AND (extraction IS NULL OR json_valid(extraction)));
CREATE INDEX claims_origin ON claims (origin, seq);
CREATE INDEX claims_confidence ON claims (confidence, seq);

ALTER TABLE questions ADD COLUMN origin TEXT NOT NULL DEFAULT 'curated' CHECK (origin IN ('curated', 'extracted'));
ALTER TABLE questions ADD COLUMN confidence REAL CHECK ((origin = 'curated') = (confidence IS NULL) AND (confidence IS NULL OR confidence BETWEEN 0 AND 1));
ALTER TABLE questions ADD COLUMN extraction TEXT CHECK ((origin = 'curated') = (extraction IS NULL) AND (extraction IS NULL OR json_valid(extraction)));
CREATE INDEX questions_origin ON questions (origin, seq);
CREATE INDEX questions_confidence ON questions (confidence, seq);
