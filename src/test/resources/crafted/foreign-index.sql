-- expect NOT_A_DATABASE: an index "deal_title" on deal
CREATE INDEX deal_title ON deal (title);
