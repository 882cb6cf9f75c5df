-- A notice of closure being written (services/closure_notice_resume.py): the letter as it goes into its
-- file, recorded before the file is written and taken away in the transaction that keeps it
-- (closure_letters), so that a run killed between the file and its keeping leaves a row that says whose
-- letter that file is. The next run finds the file by its path and knows it by the digest of the bytes
-- written (never trusting the file's own words): the very letter is kept and recorded as sent, no second
-- is made; a file of other bytes at that name is another program's and is left as it is. Destroyed with
-- the chart (its client_id).
CREATE TABLE closure_letters_writing (
    letter_id   TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    closes_on   TEXT NOT NULL,
    letter_date TEXT NOT NULL,
    language    TEXT NOT NULL,
    delivery    TEXT NOT NULL CHECK (delivery IN ('mail', 'safe_address', 'not_by_mail')),
    address     TEXT NOT NULL,
    body        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    path        TEXT NOT NULL,
    ledger      TEXT NOT NULL,
    created_at  TEXT NOT NULL
)
