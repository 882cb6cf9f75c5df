-- Imports from other records systems (services/importers/). Attachments gain the kinds an
-- import brings (a CHECK cannot be altered in SQLite: the table is rebuilt, same columns).
CREATE TABLE attachments_new (
    attachment_id TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('consent', 'authorization', 'court_order', 'custody_order', 'other',
                      'imported_note', 'treatment_plan', 'questionnaire', 'billing', 'message', 'stored_document')),
    filename      TEXT NOT NULL DEFAULT '',
    media_type    TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    document_date TEXT,
    created_at    TEXT NOT NULL,
    data          BLOB NOT NULL
)
;;
INSERT INTO attachments_new SELECT attachment_id, client_id, kind, filename, media_type, size, sha256,
    description, document_date, created_at, data FROM attachments
;;
DROP TABLE attachments
;;
ALTER TABLE attachments_new RENAME TO attachments
;;
CREATE INDEX attachments_client ON attachments(client_id, created_at)
;;
-- What was imported from where: re-running an import skips every source key found here.
-- source_key is the other system's id (a contact, a note) or "sha256:<hex>" of a file.
CREATE TABLE import_map (
    source      TEXT NOT NULL,
    source_key  TEXT NOT NULL,
    item_kind   TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    client_id   TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (source, source_key)
)
;;
CREATE INDEX import_map_client ON import_map(client_id)
;;
-- Provenance of an imported progress note: who signed it in the previous system, and when
-- (as printed there). The vault never signs an imported note in the therapist's name.
CREATE TABLE note_provenance (
    note_id         TEXT PRIMARY KEY REFERENCES progress_notes(note_id) ON DELETE CASCADE,
    client_id       TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    source_system   TEXT NOT NULL,
    source_id       TEXT NOT NULL,
    source_title    TEXT NOT NULL DEFAULT '',
    signed_by       TEXT NOT NULL DEFAULT '',
    signed_on       TEXT NOT NULL DEFAULT '',
    original_sha256 TEXT NOT NULL DEFAULT '',
    original_attachment_id TEXT,
    imported_at     TEXT NOT NULL
)
;;
CREATE INDEX note_provenance_client ON note_provenance(client_id)
