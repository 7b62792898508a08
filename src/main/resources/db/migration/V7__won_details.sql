-- What a Won deal closed at: the final value (integer minor units in the deal's currency, like
-- value_minor) and the day it closed (ISO-8601 text). Both are set by the move to Won and cleared
-- when the deal leaves Won; deals won under earlier versions keep them empty.
ALTER TABLE deal ADD COLUMN final_value_minor INTEGER CHECK (final_value_minor IS NULL OR final_value_minor >= 0);
ALTER TABLE deal ADD COLUMN closed_on TEXT;
