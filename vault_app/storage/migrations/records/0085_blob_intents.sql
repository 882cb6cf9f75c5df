-- Attachment blobs about to be written (issue 21): a row here is committed before the blob
-- file is written and removed in the transaction that commits the attachment row naming
-- it, so an unlock finds the orphans of an interrupted write by reading this small table
-- instead of listing the whole blob folder (storage/blob_intents.py). blob_id '*' means
-- "blobs may have been written that no row here names": the next unlock sweeps the whole
-- folder once. A vault upgraded to this version gets one, for orphans left before it.
CREATE TABLE blob_intents (
    blob_id    TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
)
;;
INSERT INTO blob_intents (blob_id, created_at) VALUES ('*', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
