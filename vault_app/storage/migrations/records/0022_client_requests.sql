-- Client requests: access (164.524), amendment (164.526), accounting (164.528),
-- and the letters sent for them (kept as compliance documentation, 164.530(j)).
CREATE TABLE client_requests (
    seq                  INTEGER PRIMARY KEY,
    request_id           TEXT NOT NULL UNIQUE,
    client_id            TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL CHECK (kind IN ('access', 'amendment', 'accounting')),
    received_on          TEXT NOT NULL,
    description          TEXT NOT NULL DEFAULT '',
    by_representative    INTEGER NOT NULL DEFAULT 0 CHECK (by_representative IN (0, 1)),
    status               TEXT NOT NULL DEFAULT 'open'
                         CHECK (status IN ('open', 'granted', 'partially_granted', 'denied', 'withdrawn')),
    extension_notice_on  TEXT,
    extended_due         TEXT,
    extension_reason     TEXT NOT NULL DEFAULT '',
    decided_on           TEXT,
    granted              TEXT NOT NULL DEFAULT '',
    denied               TEXT NOT NULL DEFAULT '',
    grounds              TEXT NOT NULL DEFAULT '[]',
    explanation          TEXT NOT NULL DEFAULT '',
    note_ids             TEXT NOT NULL DEFAULT '[]',
    amendment_text       TEXT NOT NULL DEFAULT '',
    disagreement         TEXT NOT NULL DEFAULT '',
    disagreement_on      TEXT,
    rebuttal             TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
)
;;
CREATE INDEX client_requests_client ON client_requests(client_id, seq)
;;
CREATE INDEX client_requests_open ON client_requests(status) WHERE status = 'open'
;;
CREATE TABLE request_letters (
    letter_id   TEXT PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES client_requests(request_id) ON DELETE CASCADE,
    client_id   TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    letter_date TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL
)
;;
CREATE INDEX request_letters_request ON request_letters(request_id)
;;
CREATE INDEX request_letters_client ON request_letters(client_id)
;;
CREATE TRIGGER request_letters_immutable BEFORE UPDATE ON request_letters
BEGIN
    SELECT RAISE(ABORT, 'letters sent are immutable');
END
