-- The records-side index of disclosures. The ledger entry of kind 'disclosure' is
-- the authoritative record; this table tracks delivery of the exported file so a
-- crash between the ledger commit and the file write is always resolved to
-- 'delivered' or 'not_delivered' (never left half-logged). out_path stays in the
-- encrypted compartment because a file name may say something about the client.
CREATE TABLE disclosures (
    disclosure_id TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    status        TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'not_delivered', 'recorded')),
    ledger_seq    INTEGER,
    out_path      TEXT NOT NULL DEFAULT '',
    sha256        TEXT,
    reason        TEXT NOT NULL DEFAULT '',
    owner         TEXT NOT NULL DEFAULT '',      -- pid@host of the exporting process while pending
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
)
;;
CREATE INDEX disclosures_client ON disclosures(client_id, created_at)
;;
CREATE INDEX disclosures_pending ON disclosures(status) WHERE status = 'pending'
;;
-- Evidence for a legal basis other than an authorization (the court order's judge
-- and case number, the duty-to-warn threat...). The ledger holds only its id and
-- SHA-256, so the details stay in the chart and go when the chart is destroyed.
CREATE TABLE disclosure_evidence (
    evidence_id   TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    basis_kind    TEXT NOT NULL,
    evidence      TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    created_at    TEXT NOT NULL
)
;;
CREATE INDEX disclosure_evidence_client ON disclosure_evidence(client_id)
;;
CREATE TRIGGER disclosure_evidence_immutable BEFORE UPDATE ON disclosure_evidence
BEGIN
    SELECT RAISE(ABORT, 'recorded evidence is immutable');
END
;;
-- 164.528(a)(2): a health oversight agency or law enforcement may suspend the
-- client's right to an accounting of disclosures made to it, for a stated time.
CREATE TABLE accounting_suspensions (
    suspension_id TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    agency        TEXT NOT NULL,
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL,
    written       INTEGER NOT NULL CHECK (written IN (0, 1)),
    reference     TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
)
;;
CREATE INDEX accounting_suspensions_client ON accounting_suspensions(client_id)
