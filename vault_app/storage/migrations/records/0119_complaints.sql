-- Complaints received by the practice about its privacy policies and procedures or its compliance,
-- and their disposition (45 CFR 164.530(d)(2): documented; kept six years, 164.530(j)). Every letter
-- tells the client "you may complain to us", and nothing kept a complaint (found by a walker, W9).
-- A practice's compliance record, not part of a chart: no client_id, so a chart's destruction does not
-- take it (the six years run from the complaint, or its disposition). The ledger has ids and days only.
CREATE TABLE complaints (
    complaint_id TEXT PRIMARY KEY,
    received_on  TEXT NOT NULL,
    complainant  TEXT NOT NULL,
    about        TEXT NOT NULL,
    disposition  TEXT NOT NULL DEFAULT '',
    disposed_on  TEXT,
    created_at   TEXT NOT NULL
)
