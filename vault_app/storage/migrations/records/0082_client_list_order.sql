-- The client list reads a page at a time in its display order (issue 21): this index
-- is that order, so the first page walks it and stops, instead of sorting every chart.
CREATE INDEX clients_list_order ON clients(legal_name COLLATE NOCASE, seq)
;;
-- "12 of 2,400 active clients": a count by status reads this small index, not the table.
CREATE INDEX clients_status ON clients(status)
;;
-- The dashboard's "unsigned notes" (storage/clinical_notes.py unsigned_created_before):
-- every column it reads is in this small index of unsigned notes only, so it reads the
-- index pages and never one table page per note (2,353 page reads at 4x).
CREATE INDEX progress_notes_unsigned_summary
    ON progress_notes(created_at, note_id, client_id, session_id, note_date, template, signed_at, updated_at)
    WHERE signed_at IS NULL
