-- expect NOT_A_DATABASE: a table "search"
CREATE VIRTUAL TABLE search USING fts5(body);
