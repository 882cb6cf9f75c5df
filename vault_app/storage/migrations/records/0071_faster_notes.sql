-- Faster notes (issue #19 item 2). Personal text snippets: the therapist's own phrases,
-- typed with a short trigger; kept here, encrypted, because they fill with clinical wording
-- and names. No client_id: they belong to the practice, not to a chart.
CREATE TABLE snippets (
    snippet_id  TEXT PRIMARY KEY,
    trigger     TEXT NOT NULL UNIQUE,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
)
;;
-- A progress note started from the chart's previous note: which note it came from and the
-- sections as carried, so the app can tell whether the carried text was edited before signing.
-- client_id: destruction finds a chart's rows by it.
CREATE TABLE carried_notes (
    note_id       TEXT PRIMARY KEY REFERENCES progress_notes(note_id) ON DELETE CASCADE,
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    from_note_id  TEXT NOT NULL,
    carried       TEXT NOT NULL,   -- JSON {section: text as carried}
    created_at    TEXT NOT NULL
)
