-- Full-text search over what users search: claim text, question text, event titles,
-- actor names and aliases, and article text (one row per sentence, so a hit points at a
-- sentence). Porter stemming lets "guarantee" find "guarantees"; prefix queries
-- (`guarant*`) are served by the prefix indexes.
CREATE VIRTUAL TABLE search_index USING fts5 (
  type UNINDEXED,
  item_id UNINDEXED,
  article_id UNINDEXED,
  span_id UNINDEXED,
  title,
  body,
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
