-- Imports. A deal belongs to a contact, an organization, or both: a deal imported from another
-- program's file with neither is kept and shows as "no contact" (contact_id is null). Deals carry
-- the id the other program gave them (external_key), so importing the same file again updates them
-- instead of adding them twice. The stage history marks the rows an import wrote (imported = 1):
-- those deals reached their stage in the other program, not through our checklists.
--
-- SQLite cannot drop NOT NULL from a column, so the deal table is rebuilt. Flyway runs this script
-- in one transaction with foreign keys on, where they cannot be switched off; deferring them lets
-- the rows referring to deals (interactions, follow-ups, stage history) outlive the old table for
-- the moment until the same rows are back in the new one, and the commit checks every reference.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE deal_v8 AS SELECT * FROM deal;

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
    external_key      TEXT    CHECK (external_key IS NULL OR length(external_key) BETWEEN 1 AND 200)
) STRICT;

INSERT INTO deal (id, contact_id, title, stage, value_minor, currency, source, expected_close_on, stage_entered_at, lost_reason,
                  lost_note, created_at, updated_at, deleted_at, final_value_minor, closed_on)
SELECT id, contact_id, title, stage, value_minor, currency, source, expected_close_on, stage_entered_at, lost_reason,
       lost_note, created_at, updated_at, deleted_at, final_value_minor, closed_on
FROM deal_v8;

DROP TABLE deal_v8;

CREATE INDEX deal_board ON deal (stage, stage_entered_at DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX deal_contact ON deal (contact_id);
CREATE INDEX deal_value ON deal (id, deleted_at, currency, value_minor);
CREATE INDEX deal_deleted ON deal (id) WHERE deleted_at IS NOT NULL;
CREATE INDEX deal_organization ON deal (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX deal_external_key ON deal (external_key) WHERE external_key IS NOT NULL;
-- The deals with no contact, which a filter shows.
CREATE INDEX deal_no_contact ON deal (created_at) WHERE contact_id IS NULL AND deleted_at IS NULL;

ALTER TABLE stage_change ADD COLUMN imported INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1));
