-- Confidentiality decisions (the DEAL workflow): one row per event, linked to the chart
-- by client_id (destruction finds chart data by that column) and optionally a session.
-- The structured steps are JSON in `body`; what lists and filters need is in columns.
-- Session links are checked by the service, not by a foreign key: a cascade or SET NULL
-- from a session would have to rewrite a signed, immutable record.
CREATE TABLE confidentiality_decisions (
    seq           INTEGER PRIMARY KEY,
    decision_id   TEXT NOT NULL UNIQUE,
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    session_id    TEXT,
    trigger_kind  TEXT NOT NULL CHECK (trigger_kind IN ('child_abuse', 'elder_abuse', 'duty_to_warn', 'self_harm',
                                                       'court_order', 'subpoena', 'national_security', 'other')),
    occurred_on   TEXT NOT NULL,
    outcome       TEXT CHECK (outcome IS NULL OR outcome IN ('disclose', 'do_not_disclose', 'seek_order')),
    body          TEXT NOT NULL,
    author        TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    disclosure_id TEXT,
    -- Ledger seq where a signing began logging the disclosure: a retry after a crash
    -- finds that entry instead of logging the disclosure twice.
    disclosing_from_seq INTEGER,
    signed_at     TEXT,
    signed_by     TEXT,
    content_hash  TEXT,
    signature     TEXT,
    -- A subpoena alone never leads to a disclosure, whatever writes the row.
    CHECK (NOT (trigger_kind = 'subpoena' AND (outcome = 'disclose' OR disclosure_id IS NOT NULL))),
    CHECK ((signed_at IS NULL) = (signature IS NULL))
)
;;
CREATE INDEX confidentiality_decisions_client ON confidentiality_decisions(client_id, occurred_on)
;;
CREATE INDEX confidentiality_decisions_date ON confidentiality_decisions(occurred_on, seq)
;;
-- Signed decisions are immutable, below the service too (like signed notes).
CREATE TRIGGER confidentiality_decisions_signed_locked BEFORE UPDATE ON confidentiality_decisions
WHEN OLD.signed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'signed confidentiality decisions are immutable');
END
;;
-- Addenda: later facts (the agency's answer, the court's ruling), append-only.
CREATE TABLE confidentiality_decision_addenda (
    seq          INTEGER PRIMARY KEY,
    addendum_id  TEXT NOT NULL UNIQUE,
    decision_id  TEXT NOT NULL REFERENCES confidentiality_decisions(decision_id) ON DELETE CASCADE,
    client_id    TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    author       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    text         TEXT NOT NULL
)
;;
CREATE INDEX confidentiality_decision_addenda_decision ON confidentiality_decision_addenda(decision_id, seq)
;;
CREATE INDEX confidentiality_decision_addenda_client ON confidentiality_decision_addenda(client_id)
;;
CREATE TRIGGER confidentiality_decision_addenda_append_only BEFORE UPDATE ON confidentiality_decision_addenda
BEGIN
    SELECT RAISE(ABORT, 'addenda are immutable');
END
;;
-- An addendum belongs to a signed decision of the same chart.
CREATE TRIGGER confidentiality_decision_addenda_signed_only BEFORE INSERT ON confidentiality_decision_addenda
WHEN NOT EXISTS (SELECT 1 FROM confidentiality_decisions d
                 WHERE d.decision_id = NEW.decision_id AND d.client_id = NEW.client_id AND d.signed_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'addenda are added to signed decisions of the same chart');
END
