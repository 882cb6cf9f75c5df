-- Imported psychotherapy notes: their provenance and original file stay in this
-- compartment (an original PDF in records.db would carry the process note's text there).
CREATE TABLE psychotherapy_provenance (
    note_id         TEXT PRIMARY KEY REFERENCES psychotherapy_notes(note_id) ON DELETE CASCADE,
    client_id       TEXT NOT NULL,
    source_system   TEXT NOT NULL,
    source_id       TEXT NOT NULL,
    source_title    TEXT NOT NULL DEFAULT '',
    signed_by       TEXT NOT NULL DEFAULT '',
    signed_on       TEXT NOT NULL DEFAULT '',
    original_sha256 TEXT NOT NULL,
    original_name   TEXT NOT NULL DEFAULT '',
    original_data   BLOB NOT NULL,
    imported_at     TEXT NOT NULL,
    UNIQUE (source_system, source_id)
)
;;
CREATE INDEX psychotherapy_provenance_client ON psychotherapy_provenance(client_id)
