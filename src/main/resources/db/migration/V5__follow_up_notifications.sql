-- When a follow-up's reminder was last shown. A reminder fires when the follow-up is open, its time
-- (snoozed_until when later than due_at) has come, and it was not shown since that time: so it
-- fires once, again after a snooze, and never twice across restarts.
ALTER TABLE follow_up ADD COLUMN notified_at INTEGER;
