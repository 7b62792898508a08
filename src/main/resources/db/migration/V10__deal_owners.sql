-- Who a deal belongs to: the owner's email address (people are known by their email across
-- installations). A new deal is owned by the person who creates it. Deals from before this version
-- have none until someone says who they are on this database (see the README, "People and
-- ownership"); the board lists them as "No owner".
ALTER TABLE deal ADD COLUMN owner TEXT CHECK (owner IS NULL OR length(owner) BETWEEN 3 AND 254);
-- The board's owner filter and its list of owners read this index.
CREATE INDEX deal_owner ON deal (owner, stage) WHERE deleted_at IS NULL;
