-- expect NOT_A_DATABASE: a trigger "swallow" on stage_change
CREATE TRIGGER swallow BEFORE INSERT ON stage_change BEGIN SELECT RAISE(IGNORE); END;
