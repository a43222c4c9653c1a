-- A corpus that grows one article at a time (npm run ingest) without a rebuild.
--
-- Events, claims and questions are ordered by (article_id, seq), `seq` being the item's
-- ordinal within its article: an ingest then never renumbers the items of other articles,
-- and a full build of the same articles gives every item the same key. The three tables
-- are rebuilt (SQLite cannot drop a UNIQUE constraint in place); they are empty here,
-- since every database is built from an empty file by the seed.
--
-- Articles and actors keep a corpus-wide `seq` (articles in id order; actors by their
-- first mention, then id), which an ingest renumbers: there are few of them.

CREATE TABLE events_new (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id),
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('summit', 'meeting', 'agreement', 'negotiation', 'deliberation', 'statement', 'armed_conflict', 'attack', 'other')),
  cameo TEXT,
  status TEXT NOT NULL CHECK (status IN ('occurred', 'ongoing', 'scheduled', 'expected', 'proposed', 'hypothetical', 'cancelled')),
  when_text TEXT,
  when_start TEXT,
  when_end TEXT,
  location TEXT,
  doc TEXT NOT NULL CHECK (json_valid(doc)),
  origin TEXT NOT NULL DEFAULT 'curated' CHECK (origin IN ('curated', 'extracted')),
  confidence REAL CHECK ((origin = 'curated') = (confidence IS NULL) AND (confidence IS NULL OR confidence BETWEEN 0 AND 1)),
  extraction TEXT CHECK ((origin = 'curated') = (extraction IS NULL) AND (extraction IS NULL OR json_valid(extraction))),
  UNIQUE (article_id, seq)
) STRICT;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;
CREATE INDEX events_status ON events (status, article_id, seq);
CREATE INDEX events_kind ON events (kind, article_id, seq);
CREATE INDEX events_origin ON events (origin, article_id, seq);
CREATE INDEX events_confidence ON events (confidence, article_id, seq);

CREATE TABLE claims_new (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id),
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('report', 'assessment', 'prediction', 'position')),
  speaker_id TEXT REFERENCES actors (id),
  source_kind TEXT NOT NULL CHECK (source_kind IN ('named', 'anonymous', 'author')),
  cue TEXT,
  certainty TEXT NOT NULL CHECK (certainty IN ('certain', 'probable', 'possible', 'uncommitted')),
  polarity TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
  doc TEXT NOT NULL CHECK (json_valid(doc)),
  origin TEXT NOT NULL DEFAULT 'curated' CHECK (origin IN ('curated', 'extracted')),
  confidence REAL CHECK ((origin = 'curated') = (confidence IS NULL) AND (confidence IS NULL OR confidence BETWEEN 0 AND 1)),
  extraction TEXT CHECK ((origin = 'curated') = (extraction IS NULL) AND (extraction IS NULL OR json_valid(extraction))),
  UNIQUE (article_id, seq)
) STRICT;
DROP TABLE claims;
ALTER TABLE claims_new RENAME TO claims;
CREATE INDEX claims_speaker ON claims (speaker_id, certainty, article_id, seq);
CREATE INDEX claims_speaker_position ON claims (speaker_id, article_id, seq);
CREATE INDEX claims_kind ON claims (kind, article_id, seq);
CREATE INDEX claims_certainty ON claims (certainty, article_id, seq);
CREATE INDEX claims_origin ON claims (origin, article_id, seq);
CREATE INDEX claims_confidence ON claims (confidence, article_id, seq);

CREATE TABLE questions_new (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id),
  text TEXT NOT NULL CHECK (text LIKE '%?'),
  kind TEXT NOT NULL CHECK (kind IN ('forecast', 'unknown_fact', 'disputed', 'watch')),
  status TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'annulled')),
  resolution_criteria TEXT NOT NULL,
  resolution TEXT,
  doc TEXT NOT NULL CHECK (json_valid(doc)),
  origin TEXT NOT NULL DEFAULT 'curated' CHECK (origin IN ('curated', 'extracted')),
  confidence REAL CHECK ((origin = 'curated') = (confidence IS NULL) AND (confidence IS NULL OR confidence BETWEEN 0 AND 1)),
  extraction TEXT CHECK ((origin = 'curated') = (extraction IS NULL) AND (extraction IS NULL OR json_valid(extraction))),
  UNIQUE (article_id, seq)
) STRICT;
DROP TABLE questions;
ALTER TABLE questions_new RENAME TO questions;
CREATE INDEX questions_status ON questions (status, article_id, seq);
CREATE INDEX questions_kind ON questions (kind, article_id, seq);
CREATE INDEX questions_origin ON questions (origin, article_id, seq);
CREATE INDEX questions_confidence ON questions (confidence, article_id, seq);

-- What each article was built from: a hash of its text file, its annotation file (or the
-- marker of an extracted one), the schema and the extractor's version. The dataset version
-- is a hash of the registry's hash and these, in id order: computable from a seed folder
-- without building, and changed by an ingest through one article's hash only.
ALTER TABLE articles ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
-- the version from every article's hash, and an ingest's duplicate-text check, without
-- reading the articles' texts
CREATE INDEX articles_hash ON articles (id, content_hash);
CREATE INDEX articles_text_sha256 ON articles (text_sha256);

-- The actors an article's annotation lists itself (its own aliases for a registry actor,
-- or a new actor), as JSON, so that an ingest can recompute an actor every article shares.
CREATE TABLE article_actors (
  article_id TEXT NOT NULL REFERENCES articles (id),
  ord INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  def TEXT NOT NULL CHECK (json_valid(def)),
  PRIMARY KEY (article_id, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_actors_actor ON article_actors (actor_id, article_id);

-- An actor's place in the default order: its first mention (article id, then offset).
ALTER TABLE actors ADD COLUMN first_article TEXT;
ALTER TABLE actors ADD COLUMN first_start INTEGER;

-- Ids an ingest deleted, and the dataset version that deleted them: their routes answer 410.
CREATE TABLE tombstones (
  type TEXT NOT NULL CHECK (type IN ('article', 'actor', 'event', 'claim', 'question')),
  id TEXT NOT NULL,
  version TEXT NOT NULL,
  PRIMARY KEY (type, id)
) STRICT, WITHOUT ROWID;

-- The changes feed: one row per ingest or delete, with the article's content hash before
-- and after (NULL: absent) and the dataset version it produced.
CREATE TABLE changes (
  id INTEGER PRIMARY KEY,
  version TEXT NOT NULL,
  article_id TEXT NOT NULL,
  before_hash TEXT,
  after_hash TEXT,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX changes_version ON changes (version, id);
CREATE INDEX changes_article ON changes (article_id, id);

-- what a delete checks: which claims relate to a claim it would remove
CREATE INDEX claim_relations_related ON claim_relations (related_claim_id);

-- The search index's rows by item, so that an ingest finds an article's rows (and an
-- actor's) without scanning the whole index.
CREATE TABLE search_rows (
  rid INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  item_id TEXT NOT NULL
) STRICT;
CREATE INDEX search_rows_item ON search_rows (item_id, type);
