-- Fees and payments, minimal (docs/appointments.md): money in integer cents, never floats.
-- The practice's fee schedule by CPT code (not a chart's data: no client_id).
CREATE TABLE fee_schedule (
    cpt_code   TEXT PRIMARY KEY,
    fee_cents  INTEGER NOT NULL CHECK (fee_cents >= 0),
    updated_at TEXT NOT NULL
)
;;
-- A session's fee when set (from the schedule at attendance, or edited); a session
-- without a row here is charged the schedule's current fee for its code.
CREATE TABLE session_fees (
    session_id TEXT PRIMARY KEY REFERENCES sessions(session_id) ON DELETE CASCADE,
    client_id  TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    fee_cents  INTEGER NOT NULL CHECK (fee_cents >= 0),
    source     TEXT NOT NULL CHECK (source IN ('schedule', 'edited')),
    updated_at TEXT NOT NULL
)
;;
CREATE INDEX session_fees_client ON session_fees(client_id)
;;
-- Payments received. No card numbers: the service refuses anything that looks like one.
CREATE TABLE payments (
    payment_id   TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    paid_on      TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    method       TEXT NOT NULL CHECK (method IN ('cash', 'check', 'card', 'transfer', 'hsa', 'other')),
    reference    TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
)
;;
CREATE INDEX payments_client ON payments(client_id, paid_on)
