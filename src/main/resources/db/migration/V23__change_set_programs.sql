-- change_set_program: the command of this installation that made a change set ("deals add", "move",
-- "interactions add"), run by hand, by a cron job or by a phone system's script; History says it
-- beside who and when, where a script's lead and the rep's own looked the same. This installation's
-- own, as the reminders shown are: it does not travel in share files (a teammate's History says who
-- made a change, not with which program). A set without a row was made in the window, or came from
-- a teammate.
CREATE TABLE change_set_program (
    change_set_id TEXT NOT NULL PRIMARY KEY REFERENCES change_set (id),
    command       TEXT NOT NULL CHECK (length(command) BETWEEN 1 AND 100)
) STRICT;
