-- An imported psychotherapy note whose original PDF could not be read (damaged) came in as an
-- unsigned draft holding only the import's line: a later import of a readable copy of the same
-- note fills that draft (services/importers/damaged_again.py), and only such a draft. Notes
-- that came in so before this column are found by that line, in either language it is written in.
ALTER TABLE psychotherapy_provenance ADD COLUMN original_unreadable INTEGER NOT NULL DEFAULT 0
;;
UPDATE psychotherapy_provenance SET original_unreadable = 1 WHERE note_id IN (
    SELECT note_id FROM psychotherapy_notes WHERE signed_at IS NULL AND (
        body LIKE '[Added by the import: the text of this note could not be read, as its PDF is damaged;%'
        OR body LIKE '[Añadido por la importación: no se pudo leer el texto de esta nota, porque su PDF está dañado;%'))
