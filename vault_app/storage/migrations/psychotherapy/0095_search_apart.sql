-- The full-text index leaves psychotherapy.db for search-psychotherapy.db, under a key
-- derived from this compartment's (storage/search_index.py; records 0095 says why).
DROP TRIGGER IF EXISTS psychotherapy_notes_fts_insert
;;
DROP TRIGGER IF EXISTS psychotherapy_notes_fts_delete
;;
DROP TRIGGER IF EXISTS psychotherapy_notes_fts_update
;;
DROP TRIGGER IF EXISTS psychotherapy_amendments_fts_insert
;;
DROP TRIGGER IF EXISTS psychotherapy_amendments_fts_delete
;;
DROP TABLE IF EXISTS psychotherapy_notes_fts
;;
DROP TABLE IF EXISTS psychotherapy_amendments_fts
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
CREATE TRIGGER IF NOT EXISTS search_count_psychotherapy_notes_insert AFTER INSERT ON psychotherapy_notes BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_psychotherapy_notes_delete AFTER DELETE ON psychotherapy_notes BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_psychotherapy_notes_update AFTER UPDATE OF body, client_id ON psychotherapy_notes BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_psychotherapy_amendments_insert AFTER INSERT ON psychotherapy_amendments BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_psychotherapy_amendments_delete AFTER DELETE ON psychotherapy_amendments BEGIN
    UPDATE search_state SET counter = counter + 1;
END
;;
CREATE TRIGGER IF NOT EXISTS search_count_psychotherapy_amendments_update AFTER UPDATE OF text, client_id ON psychotherapy_amendments BEGIN
    UPDATE search_state SET counter = counter + 1;
END
