-- Key generations per chart (twenty-fifth round, docs/scaling.md): Replace every key gives
-- every chart a new random key (generation + 1), so a document attached afterwards is sealed
-- under a key no older copy of records.db holds. chart_keys keeps the current key and its
-- generation; the earlier ones move here, still needed to open the blobs sealed under them
-- (they are never re-sealed). Existing keys become generation 0: an added column with a
-- default rewrites no row, in either table.
ALTER TABLE chart_keys ADD COLUMN generation INTEGER NOT NULL DEFAULT 0
;;
CREATE TABLE chart_key_generations (
    client_id  TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    generation INTEGER NOT NULL CHECK (generation >= 0),
    chart_key  BLOB NOT NULL CHECK (length(chart_key) = 32),
    created_at TEXT NOT NULL,
    PRIMARY KEY (client_id, generation)
)
;;
-- The generation of the chart's key its blob was sealed under (0: every blob before this).
ALTER TABLE attachments ADD COLUMN key_generation INTEGER NOT NULL DEFAULT 0
