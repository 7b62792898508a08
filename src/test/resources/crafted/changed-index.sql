-- expect NOT_A_DATABASE: an index "contact_email" on contact that differs
DROP INDEX contact_email;
CREATE INDEX contact_email ON contact (email);
