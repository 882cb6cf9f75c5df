-- A representative recorded as not allowed to sign (a custody order limits their authority) does not
-- receive the client's records, unless the therapist records the basis on which they may (the order's
-- or the state law's words): 45 CFR 164.502(g)(1), (g)(3). '' : none recorded.
ALTER TABLE guardians ADD COLUMN records_access_basis TEXT NOT NULL DEFAULT ''
