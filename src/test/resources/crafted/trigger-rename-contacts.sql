-- expect NOT_A_DATABASE: a trigger "rename_all" on deal
CREATE TRIGGER rename_all AFTER UPDATE ON deal BEGIN UPDATE contact SET name = 'pwned'; DELETE FROM follow_up; END;
