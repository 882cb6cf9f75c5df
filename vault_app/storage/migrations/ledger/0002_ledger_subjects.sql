-- Which chart each ledger entry is about, written in the same transaction as the entry,
-- so a chart's history is a range read that grows with the chart, not with the ledger.
-- It is an index, not evidence: the entry itself (payload under the chain MAC) is the
-- record, and the full audit checks that these tables agree with the payloads (keyed by
-- seq so that check is one pass beside the ledger). Charts are numbered in
-- ledger_client so each entry costs a few bytes, not a copy of its client id.
-- Existing vaults are filled from the payloads here, once, inside SQLite.
CREATE TABLE ledger_client (
    id        INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL UNIQUE
)
;;
CREATE TABLE ledger_subject (
    seq    INTEGER PRIMARY KEY,
    client INTEGER NOT NULL REFERENCES ledger_client(id)
)
;;
CREATE INDEX ledger_subject_client ON ledger_subject(client, seq)
;;
INSERT OR IGNORE INTO ledger_client (client_id)
SELECT json_extract(CAST(payload AS TEXT), '$.client_id')
FROM ledger
WHERE instr(payload, CAST('"client_id":' AS BLOB)) > 0
  AND json_type(CAST(payload AS TEXT), '$.client_id') = 'text'
ORDER BY seq
;;
INSERT INTO ledger_subject (seq, client)
SELECT l.seq, c.id
FROM ledger l JOIN ledger_client c ON c.client_id = json_extract(CAST(l.payload AS TEXT), '$.client_id')
WHERE instr(l.payload, CAST('"client_id":' AS BLOB)) > 0
  AND json_type(CAST(l.payload AS TEXT), '$.client_id') = 'text'
