-- The append-only, hash-chained ledger. Rows are never updated or deleted; the
-- triggers stop honest mistakes, the HMAC chain catches everything else.
CREATE TABLE ledger (
    seq     INTEGER PRIMARY KEY,
    time    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    payload BLOB NOT NULL,
    mac     BLOB NOT NULL
)
;;
CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'the ledger is append-only');
END
;;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'the ledger is append-only');
END
;;
CREATE INDEX ledger_kind ON ledger(kind)
