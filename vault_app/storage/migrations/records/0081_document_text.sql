-- The text of attached PDFs (imports, a folder of PDFs), searchable inside the compartment.
-- External-content FTS5 with 'secure-delete' like the notes' index (0011): a destroyed
-- chart's or removed document's tokens leave the index at once.
CREATE TABLE attachment_texts (
    seq           INTEGER PRIMARY KEY,
    attachment_id TEXT NOT NULL UNIQUE REFERENCES attachments(attachment_id) ON DELETE CASCADE,
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    text          TEXT NOT NULL
)
;;
CREATE INDEX attachment_texts_client ON attachment_texts(client_id)
;;
CREATE VIRTUAL TABLE attachment_texts_fts USING fts5(
    text, client_id, content = 'attachment_texts', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
)
;;
INSERT INTO attachment_texts_fts(attachment_texts_fts, rank) VALUES ('secure-delete', 1)
;;
CREATE TRIGGER attachment_texts_fts_insert AFTER INSERT ON attachment_texts BEGIN
    INSERT INTO attachment_texts_fts(rowid, text, client_id) VALUES (NEW.seq, NEW.text, NEW.client_id);
END
;;
CREATE TRIGGER attachment_texts_fts_delete AFTER DELETE ON attachment_texts BEGIN
    INSERT INTO attachment_texts_fts(attachment_texts_fts, rowid, text, client_id) VALUES ('delete', OLD.seq, OLD.text, OLD.client_id);
END
