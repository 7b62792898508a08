-- A deal's owner may be a name of one or two characters: most Chinese names are two ("张敏"), and an
-- import keeps an owner nobody is known by as the name written. SQLite cannot change a column's
-- CHECK, so the deal table is rebuilt as V9 did: foreign keys deferred (the interactions, follow-ups
-- and stage history refer to deals), the rows copied aside with their rowids and back, then the
-- indexes and triggers made again as they were.
PRAGMA defer_foreign_keys = ON;

-- Dropping the old table and filling the new one look up each deal's follow-ups for the foreign key,
-- and follow_up's only index on deal_id is partial (open ones): without a whole one each deal's
-- look-up reads every follow-up (minutes at 100,000 deals). This one lives for the rebuild alone.
CREATE INDEX follow_up_deal_rebuild ON follow_up (deal_id);

CREATE TEMP TABLE deal_v17 AS SELECT rowid AS old_rowid, * FROM deal;

DROP TABLE deal;

CREATE TABLE deal (
    id                TEXT    NOT NULL PRIMARY KEY,
    contact_id        TEXT    REFERENCES contact (id),
    title             TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    stage             TEXT    NOT NULL CHECK (stage IN ('lead', 'prospect', 'opportunity', 'won', 'lost')),
    value_minor       INTEGER CHECK (value_minor IS NULL OR value_minor >= 0),
    currency          TEXT    NOT NULL CHECK (length(currency) = 3),
    source            TEXT,
    expected_close_on TEXT,
    stage_entered_at  INTEGER NOT NULL,
    lost_reason       TEXT,
    lost_note         TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    deleted_at        INTEGER,
    final_value_minor INTEGER CHECK (final_value_minor IS NULL OR final_value_minor >= 0),
    closed_on         TEXT,
    organization_id   TEXT    REFERENCES organization (id),
    external_key      TEXT    CHECK (external_key IS NULL OR length(external_key) BETWEEN 1 AND 200),
    owner             TEXT    CHECK (owner IS NULL OR length(owner) BETWEEN 1 AND 254)
) STRICT;

INSERT INTO deal (rowid, id, contact_id, title, stage, value_minor, currency, source, expected_close_on, stage_entered_at, lost_reason,
                  lost_note, created_at, updated_at, deleted_at, final_value_minor, closed_on, organization_id, external_key, owner)
SELECT old_rowid, id, contact_id, title, stage, value_minor, currency, source, expected_close_on, stage_entered_at, lost_reason,
       lost_note, created_at, updated_at, deleted_at, final_value_minor, closed_on, organization_id, external_key, owner
FROM deal_v17;

DROP TABLE deal_v17;

CREATE INDEX deal_board ON deal (stage, stage_entered_at DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX deal_contact ON deal (contact_id);
CREATE INDEX deal_organization ON deal (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX deal_external_key ON deal (external_key) WHERE external_key IS NOT NULL;
CREATE INDEX deal_no_contact ON deal (created_at) WHERE contact_id IS NULL AND deleted_at IS NULL;
CREATE INDEX deal_owner ON deal (owner, stage) WHERE deleted_at IS NULL;
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
CREATE INDEX deal_totals ON deal (stage, currency, value_minor) WHERE deleted_at IS NULL;
CREATE TRIGGER report_move_deal_ai AFTER INSERT ON deal BEGIN
    UPDATE report_move SET deal_live = new.deleted_at IS NULL, currency = new.currency, value_minor = new.value_minor,
        final_value_minor = new.final_value_minor, source = new.source, deal_created_at = new.created_at,
        owner = new.owner
    WHERE deal_key = coalesce(unhex(replace(new.id, '-', '')), CAST(new.id AS BLOB));
END;
CREATE TRIGGER report_move_deal_au AFTER UPDATE OF id, currency, value_minor, final_value_minor, source, created_at, deleted_at, owner ON deal BEGIN
    UPDATE report_move SET deal_live = 0, currency = NULL, value_minor = NULL, final_value_minor = NULL, source = NULL, deal_created_at = NULL, owner = NULL
    WHERE deal_key = coalesce(unhex(replace(old.id, '-', '')), CAST(old.id AS BLOB)) AND old.id IS NOT new.id;
    UPDATE report_move SET deal_live = new.deleted_at IS NULL, currency = new.currency, value_minor = new.value_minor,
        final_value_minor = new.final_value_minor, source = new.source, deal_created_at = new.created_at,
        owner = new.owner
    WHERE deal_key = coalesce(unhex(replace(new.id, '-', '')), CAST(new.id AS BLOB));
END;
CREATE TRIGGER report_move_deal_ad AFTER DELETE ON deal BEGIN
    UPDATE report_move SET deal_live = 0, currency = NULL, value_minor = NULL, final_value_minor = NULL, source = NULL, deal_created_at = NULL, owner = NULL
    WHERE deal_key = coalesce(unhex(replace(old.id, '-', '')), CAST(old.id AS BLOB));
END;
CREATE TRIGGER search_deal_ai AFTER INSERT ON deal
WHEN NOT EXISTS (SELECT 1 FROM local_setting WHERE key = 'search.deferred') BEGIN
    INSERT INTO search_doc (kind, ref) SELECT 'deal', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.title, concat_ws(' ', new.source, new.lost_note) FROM search_doc WHERE kind = 'deal' AND ref = new.id;
END;

DROP INDEX follow_up_deal_rebuild;
