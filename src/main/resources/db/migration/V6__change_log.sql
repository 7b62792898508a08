-- The change log: every change to shared data, recorded in the transaction that makes it.
--   change_set: one user action (a move with its history row, a merge, an import) with its origin,
--               author, installation (replica) and hybrid-logical-clock stamp;
--   change:     one entry per changed field, old and new value as JSON literals as the database
--               stores them (text, integer, null), or one per inserted row whose new value is the
--               whole row as a JSON object (field '*'). row_key is the row's id (the key of a setting).
CREATE TABLE change_set (
    id         TEXT    NOT NULL PRIMARY KEY,
    origin     TEXT    NOT NULL CHECK (origin IN ('user', 'sample', 'import', 'merge', 'undo', 'migration')),
    author     TEXT    NOT NULL CHECK (length(author) BETWEEN 1 AND 320),
    replica_id TEXT    NOT NULL,
    hlc        INTEGER NOT NULL,
    made_at    INTEGER NOT NULL,
    summary    TEXT
) STRICT;

CREATE INDEX change_set_hlc ON change_set (hlc, replica_id);

CREATE TABLE change (
    change_set_id TEXT    NOT NULL REFERENCES change_set (id),
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    table_name    TEXT    NOT NULL,
    row_key       TEXT    NOT NULL,
    field         TEXT    NOT NULL,
    old_value     TEXT,
    new_value     TEXT,
    PRIMARY KEY (change_set_id, seq)
) STRICT;

CREATE INDEX change_row ON change (row_key);

-- What belongs to this installation only: never shared, never in the change log.
CREATE TABLE local_setting (
    key        TEXT    NOT NULL PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

INSERT INTO local_setting (key, value, updated_at)
SELECT key, value, updated_at FROM settings WHERE key LIKE 'ui.%' OR key LIKE 'draft.%' OR key = 'sample.offered';
DELETE FROM settings WHERE key LIKE 'ui.%' OR key LIKE 'draft.%' OR key = 'sample.offered';

-- When this installation last showed a follow-up's reminder.
CREATE TABLE follow_up_notice (
    follow_up_id TEXT    NOT NULL PRIMARY KEY REFERENCES follow_up (id),
    notified_at  INTEGER NOT NULL
) STRICT;

INSERT INTO follow_up_notice (follow_up_id, notified_at) SELECT id, notified_at FROM follow_up WHERE notified_at IS NOT NULL;
ALTER TABLE follow_up DROP COLUMN notified_at;

-- Email addresses and phone numbers get their own keys and soft deletes, so editing a list is a set
-- of recorded changes instead of delete-and-reinsert. Addresses kept only on the contact row (by
-- New lead, deals add and the sample data of earlier versions) are restored into the lists.
CREATE TABLE email_address_v6 (
    id         TEXT    NOT NULL PRIMARY KEY,
    contact_id TEXT    NOT NULL REFERENCES contact (id),
    position   INTEGER NOT NULL CHECK (position >= 0),
    email      TEXT    NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
) STRICT;

INSERT INTO email_address_v6 (id, contact_id, position, email, created_at, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
             || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       contact_id, position, email, 0, 0
FROM email_address;

INSERT INTO email_address_v6 (id, contact_id, position, email, created_at, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
             || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       c.id, (SELECT count(*) FROM email_address e WHERE e.contact_id = c.id), c.email, c.created_at, c.updated_at
FROM contact c
WHERE c.email IS NOT NULL AND length(c.email) BETWEEN 3 AND 320
  AND NOT EXISTS (SELECT 1 FROM email_address e WHERE e.contact_id = c.id AND e.email = c.email COLLATE NOCASE);

DROP TABLE email_address;
ALTER TABLE email_address_v6 RENAME TO email_address;
CREATE INDEX email_address_email ON email_address (email COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX email_address_contact ON email_address (contact_id, position);

CREATE TABLE phone_number_v6 (
    id         TEXT    NOT NULL PRIMARY KEY,
    contact_id TEXT    NOT NULL REFERENCES contact (id),
    position   INTEGER NOT NULL CHECK (position >= 0),
    phone      TEXT    NOT NULL CHECK (length(phone) BETWEEN 1 AND 40),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
) STRICT;

INSERT INTO phone_number_v6 (id, contact_id, position, phone, created_at, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
             || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       contact_id, position, phone, 0, 0
FROM phone_number;

INSERT INTO phone_number_v6 (id, contact_id, position, phone, created_at, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
             || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       c.id, (SELECT count(*) FROM phone_number p WHERE p.contact_id = c.id), c.phone, c.created_at, c.updated_at
FROM contact c
WHERE c.phone IS NOT NULL AND length(c.phone) BETWEEN 1 AND 40
  AND NOT EXISTS (SELECT 1 FROM phone_number p WHERE p.contact_id = c.id AND p.phone = c.phone);

DROP TABLE phone_number;
ALTER TABLE phone_number_v6 RENAME TO phone_number;
CREATE INDEX phone_number_contact ON phone_number (contact_id, position);
