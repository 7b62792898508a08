-- A deal's own notes: what other programs call its description (Salesforce's Description and Next
-- Step, HubSpot's deal description, Pipedrive's notes), and what a rep writes about the deal rather
-- than about its contact. An import's deal rows that name no contact kept their notes nowhere and
-- said so; a deal may have no contact at all. Shared data: recorded, merged field by field and
-- undone as every deal field is. Found by search as the deal's title is.
ALTER TABLE deal ADD COLUMN notes TEXT;

DROP TRIGGER search_deal_ai;
CREATE TRIGGER search_deal_ai AFTER INSERT ON deal
WHEN NOT EXISTS (SELECT 1 FROM local_setting WHERE key = 'search.deferred') BEGIN
    INSERT INTO search_doc (kind, ref) SELECT 'deal', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.title, concat_ws(' ', new.source, new.lost_note, new.notes) FROM search_doc WHERE kind = 'deal' AND ref = new.id;
END;
DROP TRIGGER search_deal_au;
CREATE TRIGGER search_deal_au AFTER UPDATE OF id, title, source, lost_note, notes, deleted_at ON deal BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'deal' AND ref IN (old.id));
    DELETE FROM search_doc WHERE kind = 'deal' AND ref IN (old.id);
    INSERT INTO search_doc (kind, ref) SELECT 'deal', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.title, concat_ws(' ', new.source, new.lost_note, new.notes) FROM search_doc WHERE kind = 'deal' AND ref = new.id;
END;
