-- expect NOT_A_DATABASE: not a Funnelboard database
PRAGMA application_id = 1234;
