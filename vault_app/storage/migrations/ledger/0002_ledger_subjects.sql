-- Which chart each ledger entry is about, written in the same transaction as the entry,
-- so a chart's history is a range read that grows with the chart, not with the ledger.
-- It is an index, not evidence: the entry itself (payload under the chain MAC) is the
-- record, and the full audit checks that this table agrees with the payloads (keyed by
-- seq so that check is one pass beside the ledger).
-- Existing vaults are filled from the payloads here, once, inside SQLite.
CREATE TABLE ledger_subject (
    seq       INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL
)
;;
CREATE INDEX ledger_subject_client ON ledger_subject(client_id, seq)
;;
INSERT INTO ledger_subject (seq, client_id)
SELECT seq, json_extract(CAST(payload AS TEXT), '$.client_id')
FROM ledger
WHERE instr(payload, CAST('"client_id":' AS BLOB)) > 0
  AND json_type(CAST(payload AS TEXT), '$.client_id') = 'text'
