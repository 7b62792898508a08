-- expect NOT_A_DATABASE: a view "open_deals"
CREATE VIEW open_deals AS SELECT * FROM deal WHERE stage NOT IN ('won', 'lost');
