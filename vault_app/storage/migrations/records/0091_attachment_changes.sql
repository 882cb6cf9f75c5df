-- A document's title and its own date can be corrected after it was attached (an outside
-- evaluation filed as "scan0003.pdf", its date left empty). The row shows the corrected
-- values; what they were before, who changed them and when stay here, one row per field
-- changed, never updated or deleted (as a note's amendments are). The chart's destruction
-- takes them with it (client_id: storage/destruction_delete.py finds every such table).
CREATE TABLE attachment_changes (
    seq           INTEGER PRIMARY KEY,
    attachment_id TEXT NOT NULL REFERENCES attachments(attachment_id) ON DELETE CASCADE,
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    field         TEXT NOT NULL CHECK (field IN ('title', 'document_date')),
    before        TEXT NOT NULL DEFAULT '',
    after         TEXT NOT NULL DEFAULT '',
    author        TEXT NOT NULL DEFAULT '',
    changed_at    TEXT NOT NULL
)
;;
CREATE INDEX attachment_changes_attachment ON attachment_changes(attachment_id, seq)
;;
CREATE INDEX attachment_changes_client ON attachment_changes(client_id)
;;
CREATE TRIGGER attachment_changes_append_only BEFORE UPDATE ON attachment_changes
BEGIN
    SELECT RAISE(ABORT, 'attachment changes are immutable');
END
