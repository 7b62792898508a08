-- expect NOT_A_DATABASE: an index "deal_contact" on deal is missing
DROP INDEX deal_contact;
