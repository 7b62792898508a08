-- Lead scores as this installation computes them from the shared deals, contacts, organizations,
-- interactions and scoring settings: derived data of this installation only. It is never written
-- to the change log, so it never travels in a share file; it is kept up to date in the transaction
-- of every write that can change a score, and computed again in full when the rules change or a
-- database comes from elsewhere (README "Lead scoring").
--   points:    the score before decay (engagement and fit points);
--   active_at: the last interaction, or the deal's creation when none is logged. Decay (points per
--              full period since active_at) is applied when the score is read, so a stored score
--              never goes stale with the passing of time.
CREATE TABLE deal_score (
    deal_id   TEXT    NOT NULL PRIMARY KEY,
    points    INTEGER NOT NULL CHECK (points >= 0),
    active_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
