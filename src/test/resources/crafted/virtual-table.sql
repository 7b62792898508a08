-- expect NOT_A_DATABASE: a table "notes_fts"
CREATE VIRTUAL TABLE notes_fts USING fts5(body);
