-- expect NOT_A_DATABASE: a failed migration
UPDATE flyway_schema_history SET success = 0 WHERE installed_rank = (SELECT max(installed_rank) FROM flyway_schema_history);
