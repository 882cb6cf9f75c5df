-- Per-chart keys (issue 21): a random 256-bit key per chart, made on first need, under
-- which its attachment bodies are sealed in <vault>/blobs (storage/blob_store.py).
-- Destroying the chart deletes this row with secure_delete, then rekeys the compartment:
-- every copy of the bodies, wherever it went, is then ciphertext under no key.
CREATE TABLE chart_keys (
    client_id  TEXT PRIMARY KEY REFERENCES clients(client_id) ON DELETE CASCADE,
    chart_key  BLOB NOT NULL CHECK (length(chart_key) = 32),
    created_at TEXT NOT NULL
)
;;
-- An attachment whose body is in the blob store names it here (its data is then empty).
-- data stays NOT NULL: relaxing it would rebuild a table holding every inline scan.
ALTER TABLE attachments ADD COLUMN blob_id TEXT
;;
CREATE UNIQUE INDEX attachments_blob ON attachments(blob_id) WHERE blob_id IS NOT NULL

;;
-- The after-unlock move of inline bodies asks for the charts that still have one: with this
-- partial index (empty once moved) that is one index probe per unlock, not a table scan.
CREATE INDEX attachments_inline ON attachments(client_id) WHERE blob_id IS NULL
