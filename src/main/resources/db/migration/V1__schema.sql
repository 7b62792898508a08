-- Funnelboard schema. Conventions:
--   * every row is keyed by a random UUID (TEXT); no integer id leaves the store;
--   * instants are INTEGER epoch milliseconds (UTC) in columns named *_at;
--   * calendar dates are ISO-8601 TEXT in columns named *_on;
--   * money is INTEGER minor units plus an ISO 4217 currency code;
--   * rows are soft-deleted (deleted_at), never removed, so they can be merged between installations.

CREATE TABLE organization (
    id           TEXT    NOT NULL PRIMARY KEY,
    name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    website      TEXT,
    industry     TEXT,
    company_size TEXT,
    address      TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted_at   INTEGER
) STRICT;

CREATE INDEX organization_name ON organization (name COLLATE NOCASE);

CREATE TABLE contact (
    id                TEXT    NOT NULL PRIMARY KEY,
    organization_id   TEXT    REFERENCES organization (id),
    name              TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    title             TEXT,
    email             TEXT,
    phone             TEXT,
    preferred_channel TEXT    CHECK (preferred_channel IN ('email', 'phone', 'in_person', 'chat')),
    industry          TEXT,
    company_size      TEXT,
    persona           TEXT,
    pain_points       TEXT,
    source            TEXT,
    tags              TEXT,
    notes             TEXT,
    merged_into       TEXT    REFERENCES contact (id),
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    deleted_at        INTEGER
) STRICT;

CREATE INDEX contact_organization ON contact (organization_id);
CREATE INDEX contact_email ON contact (email COLLATE NOCASE);

CREATE TABLE deal (
    id                TEXT    NOT NULL PRIMARY KEY,
    contact_id        TEXT    NOT NULL REFERENCES contact (id),
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
    deleted_at        INTEGER
) STRICT;

-- The board reads each column as one ordered, paged range of this index.
CREATE INDEX deal_board ON deal (stage, stage_entered_at DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX deal_contact ON deal (contact_id);

CREATE TABLE interaction (
    id          TEXT    NOT NULL PRIMARY KEY,
    contact_id  TEXT    NOT NULL REFERENCES contact (id),
    deal_id     TEXT    REFERENCES deal (id),
    kind        TEXT    NOT NULL,
    direction   TEXT    NOT NULL CHECK (direction IN ('in', 'out')),
    occurred_at INTEGER NOT NULL,
    note        TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
) STRICT;

CREATE INDEX interaction_deal ON interaction (deal_id, occurred_at);
CREATE INDEX interaction_contact ON interaction (contact_id, occurred_at);

CREATE TABLE follow_up (
    id            TEXT    NOT NULL PRIMARY KEY,
    deal_id       TEXT    NOT NULL REFERENCES deal (id),
    due_at        INTEGER NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'task')),
    note          TEXT,
    done_at       INTEGER,
    snoozed_until INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted_at    INTEGER
) STRICT;

-- The next open follow-up of a deal is one seek into this index.
CREATE INDEX follow_up_open ON follow_up (deal_id, due_at) WHERE done_at IS NULL AND deleted_at IS NULL;
CREATE INDEX follow_up_due ON follow_up (due_at) WHERE done_at IS NULL AND deleted_at IS NULL;

-- Append-only history of every stage move: reports on conversion and time in stage read this.
CREATE TABLE stage_change (
    id              TEXT    NOT NULL PRIMARY KEY,
    deal_id         TEXT    NOT NULL REFERENCES deal (id),
    from_stage      TEXT    CHECK (from_stage IN ('lead', 'prospect', 'opportunity', 'won', 'lost')),
    to_stage        TEXT    NOT NULL CHECK (to_stage IN ('lead', 'prospect', 'opportunity', 'won', 'lost')),
    changed_at      INTEGER NOT NULL,
    changed_by      TEXT    NOT NULL,
    checklist       TEXT,
    override_reason TEXT,
    lost_reason     TEXT,
    lost_note       TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted_at      INTEGER
) STRICT;

CREATE INDEX stage_change_deal ON stage_change (deal_id, changed_at);

-- Qualification checklist templates, one row per item of a gate (from_stage -> to_stage).
CREATE TABLE checklist_item (
    id         TEXT    NOT NULL PRIMARY KEY,
    code       TEXT    NOT NULL UNIQUE,
    from_stage TEXT    NOT NULL CHECK (from_stage IN ('lead', 'prospect', 'opportunity')),
    to_stage   TEXT    NOT NULL CHECK (to_stage IN ('prospect', 'opportunity', 'won')),
    position   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    required   INTEGER NOT NULL CHECK (required IN (0, 1)),
    source     TEXT    NOT NULL CHECK (source IN ('derived', 'checked')),
    rule       TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    CHECK ((source = 'derived') = (rule IS NOT NULL))
) STRICT;

CREATE TABLE settings (
    key        TEXT    NOT NULL PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
