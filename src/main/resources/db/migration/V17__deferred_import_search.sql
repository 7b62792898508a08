-- Importing in bulk: the search documents of the contacts, organizations and deals an import adds
-- are written at its end, by one statement per kind, rather than by each new row's insert trigger.
-- While an import writes its rows, its transaction holds the local setting 'search.deferred' and
-- the three insert triggers below leave the new row alone; before the commit, in the same
-- transaction, the import deletes the setting and writes the documents of every row added since it
-- began that has none (see the README, "What an import costs"). An update or a new address or
-- number of such a row in between writes its document as before (the import's end then leaves it
-- alone), so the index is exact again at the commit; nothing commits with the setting held. The
-- full-text index builds much faster from one statement than from one per chunk of rows: it
-- flushes its pending terms to a new segment at each statement and merges segments as they pile up.
DROP TRIGGER search_contact_ai;
CREATE TRIGGER search_contact_ai AFTER INSERT ON contact
WHEN NOT EXISTS (SELECT 1 FROM local_setting WHERE key = 'search.deferred') BEGIN
    INSERT INTO search_doc (kind, ref) SELECT 'contact', c.id FROM contact c WHERE c.id IN (new.id) AND c.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body)
    SELECT d.docid, c.name, concat_ws(' ', c.title, c.tags, c.notes,
        (SELECT group_concat(e.email, ' ') FROM email_address e WHERE e.contact_id = c.id AND e.deleted_at IS NULL),
        (SELECT group_concat(p.phone || ' ' || replace(replace(replace(replace(replace(replace(replace(p.phone,
             ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), ' ')
         FROM phone_number p WHERE p.contact_id = c.id AND p.deleted_at IS NULL))
    FROM contact c JOIN search_doc d ON d.kind = 'contact' AND d.ref = c.id WHERE c.id IN (new.id);
END;
DROP TRIGGER search_organization_ai;
CREATE TRIGGER search_organization_ai AFTER INSERT ON organization
WHEN NOT EXISTS (SELECT 1 FROM local_setting WHERE key = 'search.deferred') BEGIN
    INSERT INTO search_doc (kind, ref) SELECT 'organization', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.name, concat_ws(' ', new.website, new.industry, new.address) FROM search_doc WHERE kind = 'organization' AND ref = new.id;
END;
DROP TRIGGER search_deal_ai;
CREATE TRIGGER search_deal_ai AFTER INSERT ON deal
WHEN NOT EXISTS (SELECT 1 FROM local_setting WHERE key = 'search.deferred') BEGIN
    INSERT INTO search_doc (kind, ref) SELECT 'deal', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.title, concat_ws(' ', new.source, new.lost_note) FROM search_doc WHERE kind = 'deal' AND ref = new.id;
END;
