-- The full-text index leaves records.db for search-records.db (storage/search_index.py):
-- every word of every note is derived data that no backup should carry. The index tables
-- and their triggers go (secure_delete zeroes their freed pages; the first open after this
-- one VACUUMs once, search_state.compacted). What stays here is a counter of the indexed
-- writes, bumped by permanent triggers on every write whether or not the search file is
-- attached: a write the index did not see (a copy opened by a tool, a restore's erase)
-- leaves the counters apart, and the index is rebuilt.
DROP TRIGGER IF EXISTS progress_notes_fts_insert
;;
DROP TRIGGER IF EXISTS progress_notes_fts_delete
;;
DROP TRIGGER IF EXISTS progress_notes_fts_update
;;
DROP TRIGGER IF EXISTS note_amendments_fts_insert
;;
DROP TRIGGER IF EXISTS note_amendments_fts_delete
;;
DROP TRIGGER IF EXISTS clients_fts_insert
;;
DROP TRIGGER IF EXISTS clients_fts_delete
;;
DROP TRIGGER IF EXISTS clients_fts_update
;;
DROP TRIGGER IF EXISTS attachment_texts_fts_insert
;;
DROP TRIGGER IF EXISTS attachment_texts_fts_delete
;;
DROP TABLE IF EXISTS progress_notes_fts
;;
DROP TABLE IF EXISTS note_amendments_fts
;;
DROP TABLE IF EXISTS clients_fts
;;
DROP TABLE IF EXISTS attachment_texts_fts
;;
CREATE TABLE IF NOT EXISTS search_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation TEXT NOT NULL,
    counter    INTEGER NOT NULL,
    compacted  INTEGER NOT NULL
)
;;
INSERT OR IGNORE INTO search_state (id, generation, counter, compacted) VALUES (1, lower(hex(randomblob(16))), 0, 0)
;;
CREATE TRIGGER IF NOT EXISTS search_count_progress_notes_insert AFTER INSERT ON progress_notes BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_progress_notes_delete AFTER DELETE ON progress_notes BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_progress_notes_update AFTER UPDATE OF sections, client_id ON progress_notes BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_note_amendments_insert AFTER INSERT ON note_amendments BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_note_amendments_delete AFTER DELETE ON note_amendments BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_note_amendments_update AFTER UPDATE OF text, client_id ON note_amendments BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_clients_insert AFTER INSERT ON clients BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_clients_delete AFTER DELETE ON clients BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_clients_update AFTER UPDATE OF legal_name, preferred_name, chart_number ON clients BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_attachment_texts_insert AFTER INSERT ON attachment_texts BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_attachment_texts_delete AFTER DELETE ON attachment_texts BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_attachment_texts_update AFTER UPDATE OF text, client_id ON attachment_texts BEGIN
    UPDATE search_state SET counter = counter + 1;
END
