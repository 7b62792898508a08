-- expect DAMAGED: inconsistent
PRAGMA foreign_keys = OFF;
INSERT INTO follow_up (id, deal_id, due_at, kind, created_at, updated_at) VALUES ('7b1d3c1e-0000-4000-8000-000000000001', '7b1d3c1e-0000-4000-8000-00000000dead', 0, 'call', 0, 0);
