-- Each type of search row in its own range of rowids (src/db/search-rowids.ts): an
-- article's sentences from 1, actors from 2^40 + 1, events from 2 * 2^40 + 1, claims from
-- 3 * 2^40 + 1, questions from 4 * 2^40 + 1, each type's rows in the order they were added.
-- A filter on the type is then a rowid range, which FTS5 walks without reading a row.
-- The index is written afresh with the rows renumbered (a rowid cannot be changed in place
-- without re-indexing the row anyway), and search_rows with it.
CREATE VIRTUAL TABLE search_index_renumbered USING fts5 (
  type UNINDEXED,
  item_id UNINDEXED,
  article_id UNINDEXED,
  span_id UNINDEXED,
  title,
  body,
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
INSERT INTO search_index_renumbered (rowid, type, item_id, article_id, span_id, title, body)
  SELECT CASE type WHEN 'article' THEN 0 WHEN 'actor' THEN 1099511627776 WHEN 'event' THEN 2199023255552
      WHEN 'claim' THEN 3298534883328 WHEN 'question' THEN 4398046511104 END
    + row_number() OVER (PARTITION BY type ORDER BY rowid), type, item_id, article_id, span_id, title, body
  FROM search_index ORDER BY 1;
DROP TABLE search_index;
ALTER TABLE search_index_renumbered RENAME TO search_index;
DELETE FROM search_rows;
INSERT INTO search_rows (rid, type, item_id) SELECT rowid, type, item_id FROM search_index ORDER BY rowid;
