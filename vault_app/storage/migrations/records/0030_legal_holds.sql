-- Legal holds (subpoena, litigation, complaint, audit, investigation): a held
-- chart cannot be destroyed. The free-text details may name people, so they stay
-- here in the encrypted chart; the ledger records only the hold id and category.
-- Released holds are kept as history until the chart itself is destroyed.
CREATE TABLE legal_holds (
    hold_id      TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (reason IN ('subpoena', 'litigation', 'complaint', 'audit', 'investigation', 'other')),
    details      TEXT NOT NULL DEFAULT '',
    placed_at    TEXT NOT NULL,
    released_at  TEXT,
    release_note TEXT NOT NULL DEFAULT ''
)
;;
CREATE INDEX legal_holds_client ON legal_holds(client_id, released_at)
