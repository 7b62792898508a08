-- A Won column's total adds up what its cards show: the final value a deal was won at, the
-- estimate only where none was recorded. The column headers read this index alone, never the
-- table, so it carries the final value too.
DROP INDEX deal_totals;
CREATE INDEX deal_totals ON deal (stage, currency, value_minor, final_value_minor) WHERE deleted_at IS NULL;
