-- expect NOT_A_DATABASE: version "5.1"
INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, execution_time, success)
VALUES (99, '5.1', 'patch', 'SQL', 'V5_1__patch.sql', 'someone', 1, 1);
