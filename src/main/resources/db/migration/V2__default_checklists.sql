-- The default qualification checklists (DOMAIN.md). Users edit these rows in settings.
-- Fixed random UUIDs, so every installation starts with the same item keys.
INSERT INTO checklist_item (id, code, from_stage, to_stage, position, text, required, source, rule, created_at, updated_at) VALUES
    ('0efab8a2-a3a5-4a64-a509-27b8280bfd9c', 'two-way', 'lead', 'prospect', 0, 'At least one inbound interaction logged: two-way communication (reply, inbound call, meeting)', 1, 'derived', 'TWO_WAY_COMMUNICATION', 0, 0),
    ('f5829845-7f3c-4a4c-8cc7-b27152cf3a13', 'fits-icp', 'lead', 'prospect', 1, 'Fits the ideal customer profile (industry, company size, persona)', 1, 'checked', NULL, 0, 0),
    ('4ce77452-a2c1-46f6-8b6a-e6d5b6276f6b', 'has-need', 'lead', 'prospect', 2, 'Has a need that our product or service addresses', 1, 'checked', NULL, 0, 0),
    ('87d15c1a-c66c-4f18-a52d-be32e1bdfdb8', 'budget', 'lead', 'prospect', 3, 'Budget: able to pay', 0, 'checked', NULL, 0, 0),
    ('0567f063-1b44-4a5d-8a17-62dd33e6bba9', 'authority', 'lead', 'prospect', 4, 'Decision-making authority, or the decision maker is identified', 0, 'checked', NULL, 0, 0),
    ('2075a989-254d-4496-9952-101067b13bf4', 'timeline', 'lead', 'prospect', 5, 'Timeline known', 0, 'checked', NULL, 0, 0),
    ('3e0d7d6f-1a96-456a-a3ec-4198adc0b15c', 'buying-signal', 'prospect', 'opportunity', 6, 'An explicit buying signal is logged: quote, demo, proposal or consultation request', 1, 'derived', 'BUYING_SIGNAL', 0, 0),
    ('2636c883-a380-460c-94e4-b75fd37351bc', 'detailed-questions', 'prospect', 'opportunity', 7, 'Asks detailed questions about the product or the purchasing process', 0, 'checked', NULL, 0, 0),
    ('4ef0e565-5399-416b-90c2-f5a08c6e9c20', 'value-estimated', 'prospect', 'opportunity', 8, 'Deal value estimated', 1, 'derived', 'VALUE_ESTIMATED', 0, 0),
    ('1e7eb14a-627f-413d-9b8f-a5aaa2e08d1f', 'close-date', 'prospect', 'opportunity', 9, 'Expected close date set', 0, 'derived', 'CLOSE_DATE_SET', 0, 0),
    ('20632568-f488-49c0-b580-ea2107456fb8', 'budget-confirmed', 'prospect', 'opportunity', 10, 'Budget confirmed; decision maker engaged', 0, 'checked', NULL, 0, 0),
    ('6aab2465-9b84-47cd-b1c9-091816b30cf5', 'proposal-presented', 'opportunity', 'won', 11, 'Proposal presented', 1, 'checked', NULL, 0, 0),
    ('3cea18be-8e61-4f4b-8936-f6b784d3f59c', 'terms-negotiated', 'opportunity', 'won', 12, 'Terms negotiated; objections addressed', 0, 'checked', NULL, 0, 0),
    ('0773528b-4a1a-4cbd-957c-2f6d5b762b3e', 'signed-or-paid', 'opportunity', 'won', 13, 'Signed or paid', 1, 'checked', NULL, 0, 0);
