-- A bulk write (an import, a big merge) also holds back the search documents of new interactions
-- and the report rows of new stage moves while its transaction holds the local setting
-- 'search.deferred' (schema V17): the two insert triggers below leave a new row alone, and before
-- the commit, in the same transaction, the bulk write deletes the setting, writes the documents of
-- the interactions added since it began that have none (one statement), and works out again, in one
-- statement, the report rows of every deal that got a move since it began, exactly as this trigger
-- would have (see the README, "What sharing costs"). Working a deal's report rows out again for each
-- of its moves cost a merge of a teammate's 100,000 deals most of its time; an update or deletion of
-- a move in between still writes its deal's rows at once, and the end writes them again, the same.
DROP TRIGGER search_interaction_ai;
CREATE TRIGGER search_interaction_ai AFTER INSERT ON interaction
WHEN NOT EXISTS (SELECT 1 FROM local_setting WHERE key = 'search.deferred') BEGIN
    INSERT INTO search_doc (kind, ref) SELECT 'interaction', new.id WHERE new.deleted_at IS NULL;
    INSERT INTO search (rowid, title, body) SELECT docid, new.kind, coalesce(new.note, '') FROM search_doc WHERE kind = 'interaction' AND ref = new.id;
END;
DROP TRIGGER report_move_ai;
CREATE TRIGGER report_move_ai AFTER INSERT ON stage_change
WHEN NOT EXISTS (SELECT 1 FROM local_setting WHERE key = 'search.deferred') BEGIN
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
