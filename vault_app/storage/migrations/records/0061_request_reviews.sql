-- Reviews of access denials (45 CFR 164.524(a)(4), (d)(4)): the designated licensed reviewer
-- who took no part in the denial, the practice's due date, and the decision.
CREATE TABLE request_reviews (
    review_id        TEXT PRIMARY KEY,
    request_id       TEXT NOT NULL UNIQUE REFERENCES client_requests(request_id) ON DELETE CASCADE,
    client_id        TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    requested_on     TEXT NOT NULL,
    reviewer_name    TEXT NOT NULL,
    reviewer_license TEXT NOT NULL,
    took_no_part     INTEGER NOT NULL CHECK (took_no_part = 1),
    referred_on      TEXT NOT NULL,
    due_on           TEXT NOT NULL,
    decision         TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'upheld', 'reversed', 'partly_reversed')),
    decided_on       TEXT,
    explanation      TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL
)
;;
CREATE INDEX request_reviews_client ON request_reviews(client_id)
