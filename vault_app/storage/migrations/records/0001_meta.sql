-- Vault-wide settings that are themselves sensitive enough to keep encrypted.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
