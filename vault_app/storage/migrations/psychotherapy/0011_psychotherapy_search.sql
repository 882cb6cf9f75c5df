-- Full-text index of psychotherapy notes, inside this compartment only.
CREATE VIRTUAL TABLE psychotherapy_notes_fts USING fts5(
    body, content = 'psychotherapy_notes', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
)
;;
INSERT INTO psychotherapy_notes_fts(psychotherapy_notes_fts, rank) VALUES ('secure-delete', 1)
;;
CREATE TRIGGER psychotherapy_notes_fts_insert AFTER INSERT ON psychotherapy_notes BEGIN
    INSERT INTO psychotherapy_notes_fts(rowid, body) VALUES (NEW.seq, NEW.body);
END
;;
CREATE TRIGGER psychotherapy_notes_fts_delete AFTER DELETE ON psychotherapy_notes BEGIN
    INSERT INTO psychotherapy_notes_fts(psychotherapy_notes_fts, rowid, body) VALUES ('delete', OLD.seq, OLD.body);
END
;;
CREATE TRIGGER psychotherapy_notes_fts_update AFTER UPDATE OF body ON psychotherapy_notes BEGIN
    INSERT INTO psychotherapy_notes_fts(psychotherapy_notes_fts, rowid, body) VALUES ('delete', OLD.seq, OLD.body);
    INSERT INTO psychotherapy_notes_fts(rowid, body) VALUES (NEW.seq, NEW.body);
END
;;
CREATE VIRTUAL TABLE psychotherapy_amendments_fts USING fts5(
    text, content = 'psychotherapy_amendments', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
)
;;
INSERT INTO psychotherapy_amendments_fts(psychotherapy_amendments_fts, rank) VALUES ('secure-delete', 1)
;;
CREATE TRIGGER psychotherapy_amendments_fts_insert AFTER INSERT ON psychotherapy_amendments BEGIN
    INSERT INTO psychotherapy_amendments_fts(rowid, text) VALUES (NEW.seq, NEW.text);
END
;;
CREATE TRIGGER psychotherapy_amendments_fts_delete AFTER DELETE ON psychotherapy_amendments BEGIN
    INSERT INTO psychotherapy_amendments_fts(psychotherapy_amendments_fts, rowid, text) VALUES ('delete', OLD.seq, OLD.text);
END
