-- The original PDF of an imported psychotherapy note whose draft was discarded, kept on its own
-- because the therapist chose so: the only copy of what the previous system held, which the
-- retention rules may require. In this compartment, not records.db: it holds the note's text.
-- client_id: a chart's destruction finds it (storage/destruction_delete.py). discarded_note_id,
-- not note_id: it is no longer a note, and the destruction of chosen notes leaves it be.
CREATE TABLE psychotherapy_kept_originals (
    original_id         TEXT PRIMARY KEY,
    client_id           TEXT NOT NULL,
    note_date           TEXT NOT NULL,
    discarded_note_id   TEXT NOT NULL,
    source_system       TEXT NOT NULL,
    source_id           TEXT NOT NULL,
    source_title        TEXT NOT NULL DEFAULT '',
    signed_by           TEXT NOT NULL DEFAULT '',
    signed_on           TEXT NOT NULL DEFAULT '',
    original_sha256     TEXT NOT NULL,
    original_name       TEXT NOT NULL DEFAULT '',
    original_data       BLOB NOT NULL,
    original_unreadable INTEGER NOT NULL DEFAULT 0,
    imported_at         TEXT NOT NULL,
    kept_at             TEXT NOT NULL
)
;;
CREATE INDEX psychotherapy_kept_originals_client ON psychotherapy_kept_originals(client_id, note_date)
