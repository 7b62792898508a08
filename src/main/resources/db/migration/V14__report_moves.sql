-- The stage history as the reports read it: one row per live move (a stage_change row not deleted),
-- with what each report would otherwise work out move by move from the whole history, and the
-- deal's own figures beside it.
--   prev_entry_at: when the deal last entered to_stage before this move (null: never). A deal entered
--       a stage in a period once for the first of its moves into it there, the one whose previous
--       entry is before the period, so deals are counted without counting distinct deals.
--   from_entered_at: when the deal last entered from_stage, at or before this move (null: never):
--       the time it spent there, and whether it entered that stage in the same period.
--   prev_pair_entered_at: from_entered_at of the deal's previous move between the same two stages.
--   seq: the move's place in the deal's history (by time, then id).
--   deal_key: the deal's id as 16 bytes; deal_live: the deal is there and not deleted; currency,
--       value_minor, final_value_minor, source, deal_created_at, owner: the deal's, as they are now
--       (so the reports' owner and source filters need no lookup either).
-- Derived data of this installation, never shared: only the triggers below write it, inside the
-- transaction that writes a move or a deal (an edit, an import, an undo, a merge), from the rows
-- themselves, so it is always exact. A file from elsewhere has it compared with its rows before it
-- is opened (see the README, "Reports").
CREATE TABLE report_move (
    to_stage             TEXT    NOT NULL,
    changed_at           INTEGER NOT NULL,
    deal_key             BLOB    NOT NULL,
    seq                  INTEGER NOT NULL,
    from_stage           TEXT,
    lost_reason          TEXT,
    lost_note            TEXT,
    prev_entry_at        INTEGER,
    from_entered_at      INTEGER,
    prev_pair_entered_at INTEGER,
    deal_live            INTEGER NOT NULL,
    currency             TEXT,
    value_minor          INTEGER,
    final_value_minor    INTEGER,
    source               TEXT,
    deal_created_at      INTEGER,
    owner                TEXT,
    PRIMARY KEY (to_stage, changed_at, deal_key, seq)
) STRICT, WITHOUT ROWID;

-- A deal's rows, written again when one of its moves or its figures change.
CREATE INDEX report_move_deal ON report_move (deal_key);
-- The moves out of a stage by time: time in stage, conversion, the pipeline's moves out (with the
-- owner and source, so a filtered report reads this index alone too).
CREATE INDEX report_move_out ON report_move (from_stage, changed_at, deal_live, currency, value_minor, to_stage, from_entered_at,
    prev_pair_entered_at, source, owner) WHERE from_stage IS NOT NULL;

-- The indexes V8 made for reading the stage history itself: no read uses them any more.
DROP INDEX stage_change_into;
DROP INDEX stage_change_out;
DROP INDEX stage_change_deal_moves;
DROP INDEX deal_value;
DROP INDEX deal_deleted;

INSERT INTO report_move (to_stage, changed_at, deal_key, seq, from_stage, lost_reason, lost_note, prev_entry_at, from_entered_at, prev_pair_entered_at, deal_live, currency, value_minor, final_value_minor, source, deal_created_at, owner)
SELECT m.to_stage, m.changed_at, coalesce(unhex(replace(m.deal_id, '-', '')), CAST(m.deal_id AS BLOB)),
           row_number() OVER (PARTITION BY m.deal_id ORDER BY m.changed_at, m.id),
           m.from_stage, m.lost_reason, m.lost_note,
           lag(m.changed_at) OVER (PARTITION BY m.deal_id, m.to_stage ORDER BY m.changed_at, m.id),
           m.entered,
           lag(m.entered) OVER (PARTITION BY m.deal_id, m.from_stage, m.to_stage ORDER BY m.changed_at, m.id),
           d.id IS NOT NULL AND d.deleted_at IS NULL, d.currency, d.value_minor, d.final_value_minor, d.source, d.created_at, d.owner
    FROM (SELECT s.id, s.deal_id, s.from_stage, s.to_stage, s.changed_at, s.lost_reason, s.lost_note,
                 (SELECT max(e.changed_at) FROM stage_change e WHERE e.deal_id = s.deal_id AND e.to_stage = s.from_stage
                     AND e.deleted_at IS NULL AND e.changed_at <= s.changed_at) AS entered
          FROM stage_change s WHERE s.deleted_at IS NULL) m
    LEFT JOIN deal d ON d.id = m.deal_id;

CREATE TRIGGER report_move_ai AFTER INSERT ON stage_change BEGIN
    DELETE FROM report_move WHERE deal_key IN (coalesce(unhex(replace(new.deal_id, '-', '')), CAST(new.deal_id AS BLOB)));
    INSERT INTO report_move (to_stage, changed_at, deal_key, seq, from_stage, lost_reason, lost_note, prev_entry_at, from_entered_at, prev_pair_entered_at, deal_live, currency, value_minor, final_value_minor, source, deal_created_at, owner)
    SELECT m.to_stage, m.changed_at, coalesce(unhex(replace(m.deal_id, '-', '')), CAST(m.deal_id AS BLOB)),
           row_number() OVER (PARTITION BY m.deal_id ORDER BY m.changed_at, m.id),
           m.from_stage, m.lost_reason, m.lost_note,
           lag(m.changed_at) OVER (PARTITION BY m.deal_id, m.to_stage ORDER BY m.changed_at, m.id),
           m.entered,
           lag(m.entered) OVER (PARTITION BY m.deal_id, m.from_stage, m.to_stage ORDER BY m.changed_at, m.id),
           d.id IS NOT NULL AND d.deleted_at IS NULL, d.currency, d.value_minor, d.final_value_minor, d.source, d.created_at, d.owner
    FROM (SELECT s.id, s.deal_id, s.from_stage, s.to_stage, s.changed_at, s.lost_reason, s.lost_note,
                 (SELECT max(e.changed_at) FROM stage_change e WHERE e.deal_id = s.deal_id AND e.to_stage = s.from_stage
                     AND e.deleted_at IS NULL AND e.changed_at <= s.changed_at) AS entered
          FROM stage_change s WHERE s.deal_id IN (new.deal_id) AND s.deleted_at IS NULL) m
    LEFT JOIN deal d ON d.id = m.deal_id;
END;
CREATE TRIGGER report_move_au AFTER UPDATE OF id, deal_id, from_stage, to_stage, changed_at, lost_reason, lost_note, deleted_at ON stage_change BEGIN
    DELETE FROM report_move WHERE deal_key IN (coalesce(unhex(replace(old.deal_id, '-', '')), CAST(old.deal_id AS BLOB)), coalesce(unhex(replace(new.deal_id, '-', '')), CAST(new.deal_id AS BLOB)));
    INSERT INTO report_move (to_stage, changed_at, deal_key, seq, from_stage, lost_reason, lost_note, prev_entry_at, from_entered_at, prev_pair_entered_at, deal_live, currency, value_minor, final_value_minor, source, deal_created_at, owner)
    SELECT m.to_stage, m.changed_at, coalesce(unhex(replace(m.deal_id, '-', '')), CAST(m.deal_id AS BLOB)),
           row_number() OVER (PARTITION BY m.deal_id ORDER BY m.changed_at, m.id),
           m.from_stage, m.lost_reason, m.lost_note,
           lag(m.changed_at) OVER (PARTITION BY m.deal_id, m.to_stage ORDER BY m.changed_at, m.id),
           m.entered,
           lag(m.entered) OVER (PARTITION BY m.deal_id, m.from_stage, m.to_stage ORDER BY m.changed_at, m.id),
           d.id IS NOT NULL AND d.deleted_at IS NULL, d.currency, d.value_minor, d.final_value_minor, d.source, d.created_at, d.owner
    FROM (SELECT s.id, s.deal_id, s.from_stage, s.to_stage, s.changed_at, s.lost_reason, s.lost_note,
                 (SELECT max(e.changed_at) FROM stage_change e WHERE e.deal_id = s.deal_id AND e.to_stage = s.from_stage
                     AND e.deleted_at IS NULL AND e.changed_at <= s.changed_at) AS entered
          FROM stage_change s WHERE s.deal_id IN (old.deal_id, new.deal_id) AND s.deleted_at IS NULL) m
    LEFT JOIN deal d ON d.id = m.deal_id;
END;
CREATE TRIGGER report_move_ad AFTER DELETE ON stage_change BEGIN
    DELETE FROM report_move WHERE deal_key IN (coalesce(unhex(replace(old.deal_id, '-', '')), CAST(old.deal_id AS BLOB)));
    INSERT INTO report_move (to_stage, changed_at, deal_key, seq, from_stage, lost_reason, lost_note, prev_entry_at, from_entered_at, prev_pair_entered_at, deal_live, currency, value_minor, final_value_minor, source, deal_created_at, owner)
    SELECT m.to_stage, m.changed_at, coalesce(unhex(replace(m.deal_id, '-', '')), CAST(m.deal_id AS BLOB)),
           row_number() OVER (PARTITION BY m.deal_id ORDER BY m.changed_at, m.id),
           m.from_stage, m.lost_reason, m.lost_note,
           lag(m.changed_at) OVER (PARTITION BY m.deal_id, m.to_stage ORDER BY m.changed_at, m.id),
           m.entered,
           lag(m.entered) OVER (PARTITION BY m.deal_id, m.from_stage, m.to_stage ORDER BY m.changed_at, m.id),
           d.id IS NOT NULL AND d.deleted_at IS NULL, d.currency, d.value_minor, d.final_value_minor, d.source, d.created_at, d.owner
    FROM (SELECT s.id, s.deal_id, s.from_stage, s.to_stage, s.changed_at, s.lost_reason, s.lost_note,
                 (SELECT max(e.changed_at) FROM stage_change e WHERE e.deal_id = s.deal_id AND e.to_stage = s.from_stage
                     AND e.deleted_at IS NULL AND e.changed_at <= s.changed_at) AS entered
          FROM stage_change s WHERE s.deal_id IN (old.deal_id) AND s.deleted_at IS NULL) m
    LEFT JOIN deal d ON d.id = m.deal_id;
END;
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
