-- expect NEWER_SCHEMA: newer Funnelboard (schema 6)
INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, execution_time, success)
VALUES (6, '6', 'future', 'SQL', 'V6__future.sql', 'someone', 1, 1);
