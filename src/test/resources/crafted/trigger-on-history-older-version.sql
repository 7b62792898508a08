-- expect NOT_A_DATABASE: a trigger "wipe_on_migrate" on flyway_schema_history
-- Planted in a file one schema version behind: migrating it would insert a history row and fire this.
CREATE TRIGGER wipe_on_migrate AFTER INSERT ON flyway_schema_history BEGIN DELETE FROM follow_up; DELETE FROM interaction; END;
