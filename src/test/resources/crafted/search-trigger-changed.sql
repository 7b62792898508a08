-- expect NOT_A_DATABASE: a trigger "search_deal_ai" on deal that differs
DROP TRIGGER search_deal_ai;
CREATE TRIGGER search_deal_ai AFTER INSERT ON deal BEGIN DELETE FROM contact; END;
