-- Full-text search inside the compartment. External-content FTS5 tables keep one
-- copy of the text; triggers keep them in step. 'secure-delete' removes a
-- deleted or overwritten row's tokens from the index at once instead of leaving
-- them in old segments, so destroyed charts and discarded drafts leave no residue.
-- The indexed client_id column lets a search within one chart use the index
-- (client_id : "id" AND text : (...)) instead of filtering every match.
CREATE VIRTUAL TABLE progress_notes_fts USING fts5(
    search_text, client_id, content = 'progress_notes', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
)
;;
INSERT INTO progress_notes_fts(progress_notes_fts, rank) VALUES ('secure-delete', 1)
;;
CREATE TRIGGER progress_notes_fts_insert AFTER INSERT ON progress_notes BEGIN
    INSERT INTO progress_notes_fts(rowid, search_text, client_id) VALUES (NEW.seq, NEW.search_text, NEW.client_id);
END
;;
CREATE TRIGGER progress_notes_fts_delete AFTER DELETE ON progress_notes BEGIN
    INSERT INTO progress_notes_fts(progress_notes_fts, rowid, search_text, client_id) VALUES ('delete', OLD.seq, OLD.search_text, OLD.client_id);
END
;;
CREATE TRIGGER progress_notes_fts_update AFTER UPDATE OF sections ON progress_notes BEGIN
    INSERT INTO progress_notes_fts(progress_notes_fts, rowid, search_text, client_id) VALUES ('delete', OLD.seq, OLD.search_text, OLD.client_id);
    INSERT INTO progress_notes_fts(rowid, search_text, client_id) VALUES (NEW.seq, NEW.search_text, NEW.client_id);
END
;;
CREATE VIRTUAL TABLE note_amendments_fts USING fts5(
    text, client_id, content = 'note_amendments', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
)
;;
INSERT INTO note_amendments_fts(note_amendments_fts, rank) VALUES ('secure-delete', 1)
;;
CREATE TRIGGER note_amendments_fts_insert AFTER INSERT ON note_amendments BEGIN
    INSERT INTO note_amendments_fts(rowid, text, client_id) VALUES (NEW.seq, NEW.text, NEW.client_id);
END
;;
CREATE TRIGGER note_amendments_fts_delete AFTER DELETE ON note_amendments BEGIN
    INSERT INTO note_amendments_fts(note_amendments_fts, rowid, text, client_id) VALUES ('delete', OLD.seq, OLD.text, OLD.client_id);
END
;;
CREATE VIRTUAL TABLE clients_fts USING fts5(
    legal_name, preferred_name, chart_number, content = 'clients', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
)
;;
INSERT INTO clients_fts(clients_fts, rank) VALUES ('secure-delete', 1)
;;
CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
    INSERT INTO clients_fts(rowid, legal_name, preferred_name, chart_number)
    VALUES (NEW.seq, NEW.legal_name, NEW.preferred_name, NEW.chart_number);
END
;;
CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
    INSERT INTO clients_fts(clients_fts, rowid, legal_name, preferred_name, chart_number)
    VALUES ('delete', OLD.seq, OLD.legal_name, OLD.preferred_name, OLD.chart_number);
END
;;
CREATE TRIGGER clients_fts_update AFTER UPDATE OF legal_name, preferred_name, chart_number ON clients BEGIN
    INSERT INTO clients_fts(clients_fts, rowid, legal_name, preferred_name, chart_number)
    VALUES ('delete', OLD.seq, OLD.legal_name, OLD.preferred_name, OLD.chart_number);
    INSERT INTO clients_fts(rowid, legal_name, preferred_name, chart_number)
    VALUES (NEW.seq, NEW.legal_name, NEW.preferred_name, NEW.chart_number);
END
