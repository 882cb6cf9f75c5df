-- The sessions the progress-note editor recorded for a note still being written (Ctrl+N on a
-- day with no session): not a visit until the note is signed. Kept out of the last visit, the
-- agenda and the account (billing, superbills); signing the note takes its session off this
-- list, discarding the draft removes the session. A table of its own, usually empty: the
-- agenda's covering index on sessions (0087) stays as it is.
CREATE TABLE draft_only_sessions (
    session_id TEXT PRIMARY KEY REFERENCES sessions(session_id) ON DELETE CASCADE
) WITHOUT ROWID
