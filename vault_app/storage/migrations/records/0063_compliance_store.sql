-- Compliance records kept after their chart is destroyed (45 CFR 164.530(j)(2)): each on its
-- own six-year clock. No client_id column on purpose: the chart's rows are gone, and the
-- destruction's check for rows still naming the chart looks at client_id columns.
CREATE TABLE compliance_records (
    record_id      TEXT PRIMARY KEY,
    subject_id     TEXT NOT NULL,
    chart_number   TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('client_identity', 'authorization', 'disclosure_evidence',
                                                 'request', 'letter', 'review', 'restriction',
                                                 'accounting_suspension')),
    created_on     TEXT NOT NULL,
    keep_until     TEXT NOT NULL,
    body           TEXT NOT NULL,
    attachment_b64 TEXT,
    retained_at    TEXT NOT NULL
)
;;
CREATE INDEX compliance_records_subject ON compliance_records(subject_id)
;;
CREATE INDEX compliance_records_due ON compliance_records(keep_until)
