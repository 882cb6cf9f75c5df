-- How a minor's charges are split between guardians (e.g. 50/50 under a custody order):
-- a statement addressed to one guardian shows that guardian's share.
CREATE TABLE billing_shares (
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    guardian_id   TEXT NOT NULL REFERENCES guardians(guardian_id) ON DELETE CASCADE,
    share_percent INTEGER NOT NULL CHECK (share_percent BETWEEN 1 AND 100),
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (client_id, guardian_id)
)
