-- Full-text index of psychotherapy notes, inside this compartment only.
CREATE VIRTUAL TABLE psychotherapy_notes_fts USING fts5(
    body, client_id, content = 'psychotherapy_notes', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
)
;;
INSERT INTO psychotherapy_notes_fts(psychotherapy_notes_fts, rank) VALUES ('secure-delete', 1)
;;
CREATE TRIGGER psychotherapy_notes_fts_insert AFTER INSERT ON psychotherapy_notes BEGIN
    INSERT INTO psychotherapy_notes_fts(rowid, body, client_id) VALUES (NEW.seq, NEW.body, NEW.client_id);
END
;;
CREATE TRIGGER psychotherapy_notes_fts_delete AFTER DELETE ON psychotherapy_notes BEGIN
    INSERT INTO psychotherapy_notes_fts(psychotherapy_notes_fts, rowid, body, client_id) VALUES ('delete', OLD.seq, OLD.body, OLD.client_id);
END
;;
CREATE TRIGGER psychotherapy_notes_fts_update AFTER UPDATE OF body ON psychotherapy_notes BEGIN
    INSERT INTO psychotherapy_notes_fts(psychotherapy_notes_fts, rowid, body, client_id) VALUES ('delete', OLD.seq, OLD.body, OLD.client_id);
    INSERT INTO psychotherapy_notes_fts(rowid, body, client_id) VALUES (NEW.seq, NEW.body, NEW.client_id);
END
;;
CREATE VIRTUAL TABLE psychotherapy_amendments_fts USING fts5(
    text, client_id, content = 'psychotherapy_amendments', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
)
;;
INSERT INTO psychotherapy_amendments_fts(psychotherapy_amendments_fts, rank) VALUES ('secure-delete', 1)
;;
CREATE TRIGGER psychotherapy_amendments_fts_insert AFTER INSERT ON psychotherapy_amendments BEGIN
    INSERT INTO psychotherapy_amendments_fts(rowid, text, client_id) VALUES (NEW.seq, NEW.text, NEW.client_id);
END
;;
CREATE TRIGGER psychotherapy_amendments_fts_delete AFTER DELETE ON psychotherapy_amendments BEGIN
    INSERT INTO psychotherapy_amendments_fts(psychotherapy_amendments_fts, rowid, text, client_id) VALUES ('delete', OLD.seq, OLD.text, OLD.client_id);
END
