-- Column headers (count and value per stage and currency) read only this index, never the table.
CREATE INDEX deal_totals ON deal (stage, currency, value_minor) WHERE deleted_at IS NULL;
