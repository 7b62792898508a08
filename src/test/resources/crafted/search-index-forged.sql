-- expect DAMAGED: damaged
-- The index's copy of a document's text changed behind its back (written around the triggers, as a
-- crafted file can be): SQLite's integrity check finds the index no longer matches the text.
UPDATE search_content SET c0 = 'phantom' WHERE id = (SELECT max(id) FROM search_content);
