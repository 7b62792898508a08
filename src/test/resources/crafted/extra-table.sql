-- expect NOT_A_DATABASE: a table "payload"
CREATE TABLE payload (x BLOB);
