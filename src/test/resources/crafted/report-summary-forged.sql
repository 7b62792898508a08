-- expect NOT_A_DATABASE: a report summary that does not match its stage history
-- A move no history row has: the reports would count a deal entering Won that never did.
INSERT INTO report_move (to_stage, changed_at, deal_key, seq, deal_live) VALUES ('won', 1767222000000, x'00000000000040008000000000000001', 1, 1);
