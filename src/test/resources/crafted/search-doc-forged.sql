-- expect NOT_A_DATABASE: a search index that does not match its rows
-- A document no row has: a search would show a deal the file does not hold.
INSERT INTO search_doc (kind, ref) VALUES ('deal', '00000000-0000-4000-8000-000000000001');
