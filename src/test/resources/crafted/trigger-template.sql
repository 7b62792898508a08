-- expect NOT_A_DATABASE: a trigger "planted_{table}" on {table}
-- One of these is planted on every table of the schema in turn.
CREATE TRIGGER planted_{table} AFTER INSERT ON {table} BEGIN DELETE FROM deal; DELETE FROM contact; END;
