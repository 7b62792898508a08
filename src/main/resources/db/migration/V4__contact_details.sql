-- A contact's email addresses and phone numbers, in the order the user keeps them. The first of
-- each is also kept in contact.email / contact.phone, which lists and the board read.
CREATE TABLE email_address (
    contact_id TEXT    NOT NULL REFERENCES contact (id),
    position   INTEGER NOT NULL CHECK (position >= 0),
    email      TEXT    NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
    PRIMARY KEY (contact_id, position)
) STRICT;

CREATE INDEX email_address_email ON email_address (email COLLATE NOCASE);

CREATE TABLE phone_number (
    contact_id TEXT    NOT NULL REFERENCES contact (id),
    position   INTEGER NOT NULL CHECK (position >= 0),
    phone      TEXT    NOT NULL CHECK (length(phone) BETWEEN 1 AND 40),
    PRIMARY KEY (contact_id, position)
) STRICT;

INSERT INTO email_address (contact_id, position, email)
SELECT id, 0, email FROM contact WHERE email IS NOT NULL AND length(email) >= 3;

INSERT INTO phone_number (contact_id, position, phone)
SELECT id, 0, phone FROM contact WHERE phone IS NOT NULL AND length(phone) BETWEEN 1 AND 40;

-- Contacts by name for the contacts list, and tombstones by survivor.
CREATE INDEX contact_name ON contact (name COLLATE NOCASE);
CREATE INDEX contact_merged_into ON contact (merged_into) WHERE merged_into IS NOT NULL;
