-- The reports read the stage history by time: the moves into a stage in a period (the funnel,
-- deals won and lost, the pipeline over time) and the moves out of one (time in stage, the
-- pipeline). Each is a range of one of these indexes, which also hold the deal, so counting
-- distinct deals never reads the table. Deleted history rows are left out of both.
CREATE INDEX stage_change_into ON stage_change (to_stage, changed_at, deal_id) WHERE deleted_at IS NULL;
CREATE INDEX stage_change_out ON stage_change (from_stage, changed_at, to_stage, deal_id) WHERE deleted_at IS NULL;
-- A deal's moves in time order with where they went and came from: the entry into a stage before a
-- move out of it, and (read deal after deal beside the index below) the pipeline over time.
-- (Not partial, so that it covers the reads: SQLite reads a partial index's own condition from the table.)
CREATE INDEX stage_change_deal_moves ON stage_change (deal_id, changed_at, to_stage, from_stage, deleted_at);
-- Each deal's currency and value, read in id order beside the index above.
CREATE INDEX deal_value ON deal (id, deleted_at, currency, value_minor);
-- The few deleted deals, which the reports leave out.
CREATE INDEX deal_deleted ON deal (id) WHERE deleted_at IS NOT NULL;
