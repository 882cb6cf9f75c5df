-- Psychotherapy notes (45 CFR 164.501), kept apart from the record in their own
-- compartment. client_id / session_id refer to records.db (no cross-file keys).
CREATE TABLE psychotherapy_notes (
    seq          INTEGER PRIMARY KEY,
    note_id      TEXT NOT NULL UNIQUE,
    client_id    TEXT NOT NULL,
    session_id   TEXT,
    note_date    TEXT NOT NULL,
    body         TEXT NOT NULL,
    author       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    signed_at    TEXT,
    signed_by    TEXT,
    content_hash TEXT,
    signature    TEXT
)
;;
CREATE INDEX psychotherapy_notes_client_date ON psychotherapy_notes(client_id, note_date)
;;
CREATE INDEX psychotherapy_notes_session ON psychotherapy_notes(session_id) WHERE session_id IS NOT NULL
;;
CREATE INDEX psychotherapy_notes_unsigned ON psychotherapy_notes(created_at) WHERE signed_at IS NULL
;;
CREATE TRIGGER psychotherapy_notes_signed_locked BEFORE UPDATE ON psychotherapy_notes
WHEN OLD.signed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'signed notes are immutable');
END
;;
CREATE TABLE psychotherapy_amendments (
    seq          INTEGER PRIMARY KEY,
    amendment_id TEXT NOT NULL UNIQUE,
    note_id      TEXT NOT NULL REFERENCES psychotherapy_notes(note_id) ON DELETE CASCADE,
    client_id    TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('addendum', 'amendment')),
    author       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL
)
;;
CREATE INDEX psychotherapy_amendments_note ON psychotherapy_amendments(note_id, seq)
;;
CREATE INDEX psychotherapy_amendments_client ON psychotherapy_amendments(client_id)
;;
CREATE TRIGGER psychotherapy_amendments_append_only BEFORE UPDATE ON psychotherapy_amendments
BEGIN
    SELECT RAISE(ABORT, 'amendments are immutable');
END
