-- expect NOT_A_DATABASE: a table "deal" that differs
ALTER TABLE deal ADD COLUMN payload TEXT;
