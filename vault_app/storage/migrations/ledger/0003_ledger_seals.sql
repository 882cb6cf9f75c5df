-- Sealed segments of the ledger (issue 21: full verification at disk speed). Each row
-- seals the consecutive entries first_seq..last_seq with one HMAC over their bytes,
-- framed inside SQLite (storage/ledger_store.py SEGMENT_FRAME), chained to the previous
-- seal (services/ledger.py). A seal is written in the same transaction as the entry
-- that closes its segment, after that segment was checked entry by entry; the full
-- audit then checks a segment with one keyed hash instead of one per entry. Vaults
-- made before get their seals on their first full audit. Empty until then.
CREATE TABLE ledger_seal (
    segment   INTEGER PRIMARY KEY,
    first_seq INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    seal      BLOB NOT NULL
)
;;
CREATE TRIGGER ledger_seal_no_update BEFORE UPDATE ON ledger_seal
BEGIN
    SELECT RAISE(ABORT, 'the ledger is append-only');
END
;;
CREATE TRIGGER ledger_seal_no_delete BEFORE DELETE ON ledger_seal
BEGIN
    SELECT RAISE(ABORT, 'the ledger is append-only');
END
