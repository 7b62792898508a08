-- expect NOT_A_DATABASE: a search index that does not match its rows
-- A document whose text no row holds, written consistently into the index: a search would show it.
UPDATE search SET title = 'Phantom deal' WHERE rowid = (SELECT max(rowid) FROM search);
