-- The articles' and actors' default order with their `seq`, in indexes an ingest reads
-- without the rows (every ingest renumbers both). Read from the tables, `seq` and the
-- actors' first mention sit in wide rows (an article's text and detail; an actor's
-- detail, 33 MB for the most mentioned one at a million claims, with first_article and
-- first_start behind it): seconds of reading at that size when the file is not in the OS
-- cache. The articles' index of content hashes (004) takes their `seq` too.
DROP INDEX articles_hash;
CREATE INDEX articles_hash ON articles (id, content_hash, seq);
CREATE INDEX actors_order ON actors (first_article IS NULL, first_article, first_start, id, seq);
