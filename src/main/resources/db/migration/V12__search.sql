-- Full-text search over deals, contacts, organizations and interactions.
--   search: an FTS5 index of one document per live (not deleted) deal, contact, organization and
--       interaction: a title (deal title, contact or organization name, interaction kind) and a body
--       (a contact's job title, tags, notes, email addresses, and phone numbers as typed and as digits
--       only; a deal's source and lost note; an organization's website, industry and address; an
--       interaction's note). Words are found by their beginning, without regard to case or accents.
--       It keeps its own copy of the text, so SQLite's integrity check compares the index with it.
--   search_doc: which row each document is (docid is the document's rowid in search; an INTEGER
--       PRIMARY KEY, so it survives VACUUM), by kind and id: ids are unique within a table, and a
--       deal and a contact from two installations' seeded samples may share one.
-- Both are derived data, written only by the triggers below inside the transaction that changes a
-- row (whatever writes it: an edit, an import, an undo or a merge), so the index is always exact. A
-- file from elsewhere has its documents compared with its rows before it is opened (see the README,
-- "Search, filters and views").
CREATE TABLE search_doc (
    docid INTEGER PRIMARY KEY,
    kind  TEXT    NOT NULL CHECK (kind IN ('deal', 'contact', 'organization', 'interaction')),
    ref   TEXT    NOT NULL,
    UNIQUE (kind, ref)
) STRICT;

CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

-- deal
CREATE TRIGGER search_deal_ai AFTER INSERT ON deal BEGIN
    INSERT INTO search_doc (kind, ref) SELECT 'deal', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.title, concat_ws(' ', new.source, new.lost_note) FROM search_doc WHERE kind = 'deal' AND ref = new.id;
END;
CREATE TRIGGER search_deal_au AFTER UPDATE OF id, title, source, lost_note, deleted_at ON deal BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'deal' AND ref IN (old.id));
    DELETE FROM search_doc WHERE kind = 'deal' AND ref IN (old.id);
    INSERT INTO search_doc (kind, ref) SELECT 'deal', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.title, concat_ws(' ', new.source, new.lost_note) FROM search_doc WHERE kind = 'deal' AND ref = new.id;
END;
CREATE TRIGGER search_deal_ad AFTER DELETE ON deal BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'deal' AND ref IN (old.id));
    DELETE FROM search_doc WHERE kind = 'deal' AND ref IN (old.id);
END;

-- organization
CREATE TRIGGER search_organization_ai AFTER INSERT ON organization BEGIN
    INSERT INTO search_doc (kind, ref) SELECT 'organization', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.name, concat_ws(' ', new.website, new.industry, new.address) FROM search_doc WHERE kind = 'organization' AND ref = new.id;
END;
CREATE TRIGGER search_organization_au AFTER UPDATE OF id, name, website, industry, address, deleted_at ON organization BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'organization' AND ref IN (old.id));
    DELETE FROM search_doc WHERE kind = 'organization' AND ref IN (old.id);
    INSERT INTO search_doc (kind, ref) SELECT 'organization', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.name, concat_ws(' ', new.website, new.industry, new.address) FROM search_doc WHERE kind = 'organization' AND ref = new.id;
END;
CREATE TRIGGER search_organization_ad AFTER DELETE ON organization BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'organization' AND ref IN (old.id));
    DELETE FROM search_doc WHERE kind = 'organization' AND ref IN (old.id);
END;

-- interaction
CREATE TRIGGER search_interaction_ai AFTER INSERT ON interaction BEGIN
    INSERT INTO search_doc (kind, ref) SELECT 'interaction', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.kind, coalesce(new.note, '') FROM search_doc WHERE kind = 'interaction' AND ref = new.id;
END;
CREATE TRIGGER search_interaction_au AFTER UPDATE OF id, kind, note, deleted_at ON interaction BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'interaction' AND ref IN (old.id));
    DELETE FROM search_doc WHERE kind = 'interaction' AND ref IN (old.id);
    INSERT INTO search_doc (kind, ref) SELECT 'interaction', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.kind, coalesce(new.note, '') FROM search_doc WHERE kind = 'interaction' AND ref = new.id;
END;
CREATE TRIGGER search_interaction_ad AFTER DELETE ON interaction BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'interaction' AND ref IN (old.id));
    DELETE FROM search_doc WHERE kind = 'interaction' AND ref IN (old.id);
END;

-- Contacts, with their email addresses and phone numbers (kept in their own tables): any change to
-- one of those writes the contact's document again. A phone number is found as typed and as its
-- digits only ("+1 (555) 010-2030" also as "15550102030").
CREATE TRIGGER search_contact_ai AFTER INSERT ON contact BEGIN
    INSERT INTO search_doc (kind, ref) SELECT 'contact', c.id FROM contact c WHERE c.id IN (new.id) AND c.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body)
    SELECT d.docid, c.name, concat_ws(' ', c.title, c.tags, c.notes,
        (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
        (SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone,
             ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ')
         FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
    FROM contact c JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id WHERE c.id IN (new.id);
END;
CREATE TRIGGER search_contact_au AFTER UPDATE OF id, name, title, tags, notes, deleted_at ON contact BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'contact' AND ref IN (old.id));
    DELETE FROM search_doc WHERE kind = 'contact' AND ref IN (old.id);
    INSERT INTO search_doc (kind, ref) SELECT 'contact', c.id FROM contact c WHERE c.id IN (new.id) AND c.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body)
    SELECT d.docid, c.name, concat_ws(' ', c.title, c.tags, c.notes,
        (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
        (SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone,
             ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ')
         FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
    FROM contact c JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id WHERE c.id IN (new.id);
END;
CREATE TRIGGER search_contact_ad AFTER DELETE ON contact BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'contact' AND ref IN (old.id));
    DELETE FROM search_doc WHERE kind = 'contact' AND ref IN (old.id);
END;
CREATE TRIGGER search_email_address_ai AFTER INSERT ON email_address BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'contact' AND ref IN (new.contact_id));
    DELETE FROM search_doc WHERE kind = 'contact' AND ref IN (new.contact_id);
    INSERT INTO search_doc (kind, ref) SELECT 'contact', c.id FROM contact c WHERE c.id IN (new.contact_id) AND c.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body)
    SELECT d.docid, c.name, concat_ws(' ', c.title, c.tags, c.notes,
        (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
        (SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone,
             ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ')
         FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
    FROM contact c JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id WHERE c.id IN (new.contact_id);
END;
CREATE TRIGGER search_email_address_au AFTER UPDATE ON email_address BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'contact' AND ref IN (old.contact_id, new.contact_id));
    DELETE FROM search_doc WHERE kind = 'contact' AND ref IN (old.contact_id, new.contact_id);
    INSERT INTO search_doc (kind, ref) SELECT 'contact', c.id FROM contact c WHERE c.id IN (old.contact_id, new.contact_id) AND c.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body)
    SELECT d.docid, c.name, concat_ws(' ', c.title, c.tags, c.notes,
        (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
        (SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone,
             ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ')
         FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
    FROM contact c JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id WHERE c.id IN (old.contact_id, new.contact_id);
END;
CREATE TRIGGER search_email_address_ad AFTER DELETE ON email_address BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'contact' AND ref IN (old.contact_id));
    DELETE FROM search_doc WHERE kind = 'contact' AND ref IN (old.contact_id);
    INSERT INTO search_doc (kind, ref) SELECT 'contact', c.id FROM contact c WHERE c.id IN (old.contact_id) AND c.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body)
    SELECT d.docid, c.name, concat_ws(' ', c.title, c.tags, c.notes,
        (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
        (SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone,
             ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ')
         FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
    FROM contact c JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id WHERE c.id IN (old.contact_id);
END;
CREATE TRIGGER search_phone_number_ai AFTER INSERT ON phone_number BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'contact' AND ref IN (new.contact_id));
    DELETE FROM search_doc WHERE kind = 'contact' AND ref IN (new.contact_id);
    INSERT INTO search_doc (kind, ref) SELECT 'contact', c.id FROM contact c WHERE c.id IN (new.contact_id) AND c.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body)
    SELECT d.docid, c.name, concat_ws(' ', c.title, c.tags, c.notes,
        (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
        (SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone,
             ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ')
         FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
    FROM contact c JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id WHERE c.id IN (new.contact_id);
END;
CREATE TRIGGER search_phone_number_au AFTER UPDATE ON phone_number BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'contact' AND ref IN (old.contact_id, new.contact_id));
    DELETE FROM search_doc WHERE kind = 'contact' AND ref IN (old.contact_id, new.contact_id);
    INSERT INTO search_doc (kind, ref) SELECT 'contact', c.id FROM contact c WHERE c.id IN (old.contact_id, new.contact_id) AND c.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body)
    SELECT d.docid, c.name, concat_ws(' ', c.title, c.tags, c.notes,
        (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
        (SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone,
             ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ')
         FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
    FROM contact c JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id WHERE c.id IN (old.contact_id, new.contact_id);
END;
CREATE TRIGGER search_phone_number_ad AFTER DELETE ON phone_number BEGIN
    DELETE FROM search WHERE rowid IN (SELECT docid FROM search_doc WHERE kind = 'contact' AND ref IN (old.contact_id));
    DELETE FROM search_doc WHERE kind = 'contact' AND ref IN (old.contact_id);
    INSERT INTO search_doc (kind, ref) SELECT 'contact', c.id FROM contact c WHERE c.id IN (old.contact_id) AND c.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body)
    SELECT d.docid, c.name, concat_ws(' ', c.title, c.tags, c.notes,
        (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
        (SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone,
             ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ')
         FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
    FROM contact c JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id WHERE c.id IN (old.contact_id);
END;

-- The documents of the rows there are.
INSERT INTO search_doc (kind, ref) SELECT 'deal', id FROM deal WHERE deleted_at IS NULL;
INSERT INTO search_doc (kind, ref) SELECT 'organization', id FROM organization WHERE deleted_at IS NULL;
INSERT INTO search_doc (kind, ref) SELECT 'interaction', id FROM interaction WHERE deleted_at IS NULL;
INSERT INTO search_doc (kind, ref) SELECT 'contact', id FROM contact WHERE deleted_at IS NULL;
INSERT INTO search (rowid, title, body)
SELECT d.docid, x.title, concat_ws(' ', x.source, x.lost_note) FROM deal x JOIN search_doc d ON d.kind = 'deal' AND d.ref = x.id;
INSERT INTO search (rowid, title, body)
SELECT d.docid, x.name, concat_ws(' ', x.website, x.industry, x.address) FROM organization x JOIN search_doc d ON d.kind = 'organization' AND d.ref = x.id;
INSERT INTO search (rowid, title, body)
SELECT d.docid, x.kind, coalesce(x.note, '') FROM interaction x JOIN search_doc d ON d.kind = 'interaction' AND d.ref = x.id;
INSERT INTO search (rowid, title, body)
SELECT d.docid, c.name, concat_ws(' ', c.title, c.tags, c.notes,
        (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
        (SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone,
             ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ')
         FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
FROM contact c JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id;

-- The column headers' counts and totals read this index alone (V3 made it; rebuilding the deal table
-- in V9 dropped it, so the headers read every deal row since).
CREATE INDEX deal_totals ON deal (stage, currency, value_minor) WHERE deleted_at IS NULL;
