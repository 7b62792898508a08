-- Sharing between installations by share files (see README "Sharing with a team").
--   change_set.seen: what the set's author had received from other installations when writing it,
--       as a JSON object {replica id: newest clock stamp received from it}. With the stamp of the set
--       itself this tells, for any two changes of one field, whether one was made knowing the other
--       (a deliberate overwrite) or not (a conflict to review). Null: nothing received yet.
--   received_change_set / received_change: the change sets received from teammates' share files,
--       kept as they came (so they travel on to others, and a field's history can be told), with
--       whether each was applied, is held (its clock stamp is too far in the future) or waits (a row
--       it needs has not arrived yet). merged_by is the local merge change set that applied it.
--   merge_conflict: fields a merge found edited on two installations that did not see each other's
--       edit; listed for review until one edit knowing both replaces them. This installation's own.
ALTER TABLE change_set ADD COLUMN seen TEXT;

CREATE TABLE received_change_set (
    id         TEXT    NOT NULL PRIMARY KEY,
    origin     TEXT    NOT NULL CHECK (origin IN ('user', 'sample', 'import', 'undo', 'migration')),
    author     TEXT    NOT NULL CHECK (length(author) BETWEEN 1 AND 320),
    replica_id TEXT    NOT NULL,
    hlc        INTEGER NOT NULL,
    made_at    INTEGER NOT NULL,
    summary    TEXT,
    seen       TEXT,
    state      TEXT    NOT NULL CHECK (state IN ('applied', 'held', 'waiting')),
    merged_by  TEXT
) STRICT;

CREATE INDEX received_change_set_hlc ON received_change_set (hlc, replica_id);

CREATE TABLE received_change (
    change_set_id TEXT    NOT NULL REFERENCES received_change_set (id),
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    table_name    TEXT    NOT NULL,
    row_key       TEXT    NOT NULL,
    field         TEXT    NOT NULL,
    new_value     TEXT,
    PRIMARY KEY (change_set_id, seq)
) STRICT;

CREATE INDEX received_change_row ON received_change (row_key);

CREATE TABLE merge_conflict (
    id         TEXT    NOT NULL PRIMARY KEY,
    table_name TEXT    NOT NULL,
    row_key    TEXT    NOT NULL,
    field      TEXT    NOT NULL,
    found_at   INTEGER NOT NULL,
    UNIQUE (table_name, row_key, field)
) STRICT;

-- What this installation had already received from others when it was upgraded: the change sets of
-- other installations in its log (a file copied from a teammate carries theirs).
INSERT INTO local_setting (key, value, updated_at)
SELECT 'share.seen', json_group_object(replica_id, newest), 0
FROM (SELECT replica_id, max(hlc) AS newest FROM change_set
      WHERE replica_id <> coalesce((SELECT value FROM local_setting WHERE key = 'replica.id'), '') GROUP BY replica_id)
HAVING count(*) > 0;
