-- The articles' and actors' default order with their `seq`, in indexes an ingest reads
-- without the rows (every ingest renumbers both). Read from the tables, `seq` and the
-- actors' first mention sit in wide rows (an article's text and detail; an actor's
-- detail, 33 MB for the most mentioned one at a million claims, with first_article and
-- first_start behind it): seconds of reading at that size when the file is not in the OS
-- cache. The articles' index of content hashes (004) takes their `seq` too.
DROP INDEX articles_hash;
CREATE INDEX articles_hash ON articles (id, content_hash, seq);
CREATE INDEX actors_order ON actors (first_article IS NULL, first_article, first_start, id, seq);

-- The rows that point at a span, by the span: deleting an article deletes its spans, and
-- SQLite looks for each deleted span's referring rows (its foreign keys) in every table
-- that refers to spans, a full scan of each without these (a delete at a million claims:
-- 12 s, 0.3 s with them).
CREATE INDEX sections_span ON sections (span_id);
CREATE INDEX sections_heading_span ON sections (heading_span_id);
CREATE INDEX sentences_span ON sentences (span_id);
CREATE INDEX role_spans_span ON role_spans (span_id);
CREATE INDEX event_spans_span ON event_spans (span_id);
CREATE INDEX claim_spans_span ON claim_spans (span_id);
CREATE INDEX question_spans_span ON question_spans (span_id);
