-- A session's add-on codes' fees (90785 interactive complexity, 90840 crisis, each unit), kept
-- from the schedule at attendance or when the schedule's fee for the code changes, so a later
-- change of the schedule does not reprice past sessions (as session_fees does for the session's
-- own code). An add-on code with no row here is charged the schedule's current fee; with none
-- there either, it is shown as "no fee set" and counted 0. Before, add-on codes were listed
-- with their units and never priced: not in the charges, the balance or any total.
CREATE TABLE session_addon_fees (
    session_id TEXT NOT NULL REFERENCES sessions(session_id) ON DELETE CASCADE,
    client_id  TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    cpt_code   TEXT NOT NULL,
    unit_cents INTEGER NOT NULL CHECK (unit_cents >= 0),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, cpt_code)
)
;;
CREATE INDEX session_addon_fees_client ON session_addon_fees(client_id)
