-- expect NOT_A_DATABASE: a migration that Funnelboard does not have
UPDATE flyway_schema_history SET script = 'V1__something_else.sql' WHERE installed_rank = (SELECT max(installed_rank) FROM flyway_schema_history);
