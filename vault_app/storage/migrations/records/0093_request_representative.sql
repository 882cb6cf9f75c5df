-- Which recorded personal representative made a client's request (45 CFR 164.502(g)): the copy an
-- access request gives goes to them by default, and the ledger names who received it. NULL: the
-- client made it, or (by_representative = 1) a representative not recorded in the chart.
ALTER TABLE client_requests ADD COLUMN guardian_id TEXT
