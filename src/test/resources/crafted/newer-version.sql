-- expect NEWER_SCHEMA: newer Funnelboard (schema 99)
INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, execution_time, success)
VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 'someone', 1, 1);
