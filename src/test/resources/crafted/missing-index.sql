-- expect NOT_A_DATABASE: no index "deal_contact" on deal
DROP INDEX deal_contact;
