-- expect NOT_A_DATABASE: a migration that Funnelboard does not have
UPDATE flyway_schema_history SET script = 'V5__something_else.sql' WHERE version = '5';
