-- Restrictions the client asked for (45 CFR 164.522(a)): the request, the practice's decision,
-- and a termination. Kept as compliance documentation (164.522(a)(3), 164.530(j)).
CREATE TABLE restrictions (
    restriction_id TEXT PRIMARY KEY,
    client_id      TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('health_plan_self_pay', 'other')),
    description    TEXT NOT NULL,
    requested_on   TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'requested'
                   CHECK (status IN ('requested', 'agreed', 'refused', 'terminated')),
    decided_on     TEXT,
    kinds          TEXT NOT NULL DEFAULT '[]',
    recipient      TEXT NOT NULL DEFAULT '',
    terminated_on  TEXT,
    terminated_by  TEXT NOT NULL DEFAULT '' CHECK (terminated_by IN ('', 'client', 'practice')),
    created_at     TEXT NOT NULL
)
;;
CREATE INDEX restrictions_client ON restrictions(client_id)
