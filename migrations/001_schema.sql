-- The whole model of DATA-MODEL.md. Every table is STRICT; every enum is a CHECK that
-- test/db/schema.test.ts compares with src/domain/enums.ts. `seq` columns hold the default
-- order (order of appearance in the article, then id), computed by the seed, so keyset
-- pagination is a single indexed integer comparison. `doc` (and `detail`) hold the entity
-- as the API serves it, written by the seed from the same data as the columns, so a read
-- is one indexed lookup with no joins.

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  title TEXT,
  publisher TEXT,
  url TEXT,
  published_at TEXT,
  language TEXT,
  text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL CHECK (length(text_sha256) = 64),
  length_code_points INTEGER NOT NULL,
  length_utf16 INTEGER NOT NULL,
  doc TEXT NOT NULL CHECK (json_valid(doc)),
  detail TEXT NOT NULL CHECK (json_valid(detail))
) STRICT;

CREATE TABLE spans (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id),
  start INTEGER NOT NULL CHECK (start >= 0),
  "end" INTEGER NOT NULL CHECK ("end" >= start),
  start_utf16 INTEGER NOT NULL CHECK (start_utf16 >= 0),
  end_utf16 INTEGER NOT NULL CHECK (end_utf16 >= start_utf16),
  quote TEXT NOT NULL,
  prefix TEXT NOT NULL,
  suffix TEXT NOT NULL,
  section TEXT
) STRICT;
CREATE INDEX spans_article ON spans (article_id, start_utf16);

CREATE TABLE sections (
  article_id TEXT NOT NULL REFERENCES articles (id),
  ord INTEGER NOT NULL,
  heading TEXT,
  heading_span_id INTEGER REFERENCES spans (id),
  span_id INTEGER NOT NULL REFERENCES spans (id),
  PRIMARY KEY (article_id, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles (id),
  ord INTEGER NOT NULL,
  section_ord INTEGER NOT NULL,
  span_id INTEGER NOT NULL REFERENCES spans (id),
  PRIMARY KEY (article_id, ord),
  FOREIGN KEY (article_id, section_ord) REFERENCES sections (article_id, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'state', 'organization', 'alliance', 'group')),
  description TEXT,
  aliases TEXT NOT NULL CHECK (json_valid(aliases)),
  external_ids TEXT NOT NULL CHECK (json_valid(external_ids)),
  added_facts TEXT NOT NULL CHECK (json_valid(added_facts)),
  mention_count INTEGER NOT NULL DEFAULT 0,
  doc TEXT NOT NULL CHECK (json_valid(doc)),
  detail TEXT NOT NULL CHECK (json_valid(detail))
) STRICT;
CREATE INDEX actors_kind ON actors (kind, seq);
CREATE INDEX actors_mentions ON actors (mention_count DESC, seq);
CREATE INDEX actors_name ON actors (name COLLATE NOCASE, seq);

CREATE TABLE actor_roles (
  actor_id TEXT NOT NULL REFERENCES actors (id),
  ord INTEGER NOT NULL,
  relation TEXT NOT NULL CHECK (relation IN ('holds_post', 'represents', 'member_of', 'leads')),
  title TEXT,
  of_actor_id TEXT REFERENCES actors (id),
  note TEXT,
  PRIMARY KEY (actor_id, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE role_spans (
  actor_id TEXT NOT NULL,
  role_ord INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  span_id INTEGER NOT NULL REFERENCES spans (id),
  PRIMARY KEY (actor_id, role_ord, ord),
  FOREIGN KEY (actor_id, role_ord) REFERENCES actor_roles (actor_id, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE mentions (
  span_id INTEGER PRIMARY KEY REFERENCES spans (id),
  actor_id TEXT NOT NULL REFERENCES actors (id),
  article_id TEXT NOT NULL REFERENCES articles (id),
  alias TEXT NOT NULL
) STRICT;
CREATE INDEX mentions_actor ON mentions (actor_id, article_id, span_id);
CREATE INDEX mentions_article ON mentions (article_id, actor_id);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  article_id TEXT NOT NULL REFERENCES articles (id),
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('summit', 'meeting', 'agreement', 'negotiation', 'deliberation', 'statement', 'armed_conflict', 'attack', 'other')),
  cameo TEXT,
  status TEXT NOT NULL CHECK (status IN ('occurred', 'ongoing', 'scheduled', 'expected', 'proposed', 'hypothetical', 'cancelled')),
  when_text TEXT,
  when_start TEXT,
  when_end TEXT,
  location TEXT,
  doc TEXT NOT NULL CHECK (json_valid(doc))
) STRICT;
CREATE INDEX events_article ON events (article_id, seq);
CREATE INDEX events_status ON events (status, seq);
CREATE INDEX events_kind ON events (kind, seq);

CREATE TABLE event_participants (
  event_id TEXT NOT NULL REFERENCES events (id),
  ord INTEGER NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors (id),
  role TEXT NOT NULL CHECK (role IN ('initiator', 'target', 'participant', 'host', 'mediator')),
  PRIMARY KEY (event_id, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_participants_actor ON event_participants (actor_id, event_id);

CREATE TABLE event_spans (
  event_id TEXT NOT NULL REFERENCES events (id),
  ord INTEGER NOT NULL,
  span_id INTEGER NOT NULL REFERENCES spans (id),
  PRIMARY KEY (event_id, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  article_id TEXT NOT NULL REFERENCES articles (id),
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('report', 'assessment', 'prediction', 'position')),
  speaker_id TEXT REFERENCES actors (id),
  source_kind TEXT NOT NULL CHECK (source_kind IN ('named', 'anonymous', 'author')),
  cue TEXT,
  certainty TEXT NOT NULL CHECK (certainty IN ('certain', 'probable', 'possible', 'uncommitted')),
  polarity TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
  doc TEXT NOT NULL CHECK (json_valid(doc))
) STRICT;
CREATE INDEX claims_article ON claims (article_id, seq);
CREATE INDEX claims_speaker ON claims (speaker_id, certainty, seq);
CREATE INDEX claims_kind ON claims (kind, seq);
CREATE INDEX claims_certainty ON claims (certainty, seq);

CREATE TABLE claim_subjects (
  claim_id TEXT NOT NULL REFERENCES claims (id),
  ord INTEGER NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors (id),
  PRIMARY KEY (claim_id, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_subjects_actor ON claim_subjects (actor_id, claim_id);

CREATE TABLE claim_events (
  claim_id TEXT NOT NULL REFERENCES claims (id),
  ord INTEGER NOT NULL,
  event_id TEXT NOT NULL REFERENCES events (id),
  PRIMARY KEY (claim_id, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_events_event ON claim_events (event_id, claim_id);

CREATE TABLE claim_spans (
  claim_id TEXT NOT NULL REFERENCES claims (id),
  ord INTEGER NOT NULL,
  span_id INTEGER NOT NULL REFERENCES spans (id),
  PRIMARY KEY (claim_id, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE claim_relations (
  claim_id TEXT NOT NULL REFERENCES claims (id),
  ord INTEGER NOT NULL,
  related_claim_id TEXT NOT NULL REFERENCES claims (id),
  relation TEXT NOT NULL CHECK (relation IN ('supports', 'contradicts', 'qualifies', 'elaborates')),
  PRIMARY KEY (claim_id, ord)
) STRICT, WITHOUT ROWID;

CREATE TABLE questions (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  article_id TEXT NOT NULL REFERENCES articles (id),
  text TEXT NOT NULL CHECK (text LIKE '%?'),
  kind TEXT NOT NULL CHECK (kind IN ('forecast', 'unknown_fact', 'disputed', 'watch')),
  status TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'annulled')),
  resolution_criteria TEXT NOT NULL,
  resolution TEXT,
  doc TEXT NOT NULL CHECK (json_valid(doc))
) STRICT;
CREATE INDEX questions_article ON questions (article_id, seq);
CREATE INDEX questions_status ON questions (status, seq);
CREATE INDEX questions_kind ON questions (kind, seq);

CREATE TABLE question_actors (
  question_id TEXT NOT NULL REFERENCES questions (id),
  ord INTEGER NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors (id),
  PRIMARY KEY (question_id, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX question_actors_actor ON question_actors (actor_id, question_id);

CREATE TABLE question_events (
  question_id TEXT NOT NULL REFERENCES questions (id),
  ord INTEGER NOT NULL,
  event_id TEXT NOT NULL REFERENCES events (id),
  PRIMARY KEY (question_id, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX question_events_event ON question_events (event_id, question_id);

CREATE TABLE question_claims (
  question_id TEXT NOT NULL REFERENCES questions (id),
  ord INTEGER NOT NULL,
  claim_id TEXT NOT NULL REFERENCES claims (id),
  PRIMARY KEY (question_id, ord)
) STRICT, WITHOUT ROWID;
CREATE INDEX question_claims_claim ON question_claims (claim_id, question_id);

CREATE TABLE question_spans (
  question_id TEXT NOT NULL REFERENCES questions (id),
  ord INTEGER NOT NULL,
  span_id INTEGER NOT NULL REFERENCES spans (id),
  PRIMARY KEY (question_id, ord)
) STRICT, WITHOUT ROWID;
