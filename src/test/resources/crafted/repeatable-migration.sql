-- expect NOT_A_DATABASE: no version
INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, execution_time, success)
VALUES (99, NULL, 'every time', 'SQL', 'R__every_time.sql', 'someone', 1, 1);
