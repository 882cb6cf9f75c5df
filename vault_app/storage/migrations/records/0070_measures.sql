-- Outcome measures (PHQ-9, GAD-7, ... : domain/measures/) entered by the therapist for a
-- session or a date. The answers are kept as the instrument's item values in order; the
-- total and band are stored as scored at entry so a later change to an instrument's data
-- cannot silently rewrite a past result. A correction is a new row that names the row it
-- replaces (`replaces`); the replaced row gets `superseded_by` and stays for the record.
-- client_id: destruction finds a chart's rows by it (storage/destruction_delete.py).
CREATE TABLE measures (
    measure_id     TEXT PRIMARY KEY,
    client_id      TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    session_id     TEXT REFERENCES sessions(session_id) ON DELETE SET NULL,
    instrument     TEXT NOT NULL,
    taken_on       TEXT NOT NULL,
    answers        TEXT NOT NULL,                 -- JSON list of item values
    total          INTEGER NOT NULL CHECK (total >= 0),
    band           TEXT NOT NULL,
    risk_items     TEXT NOT NULL DEFAULT '[]',    -- JSON list of flagged item ids
    replaces       TEXT,
    superseded_by  TEXT,
    correction_reason TEXT NOT NULL DEFAULT '',
    entered_by     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
)
;;
CREATE INDEX measures_client_date ON measures(client_id, instrument, taken_on)
