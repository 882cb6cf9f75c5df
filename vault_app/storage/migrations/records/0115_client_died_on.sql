-- A client's date of death (found by a walker: no way to record that a client died; the chart kept
-- counting the age, and a health care agent kept signing). NULL: none recorded, as for every chart
-- made before this. After it, 45 CFR 164.502(g)(4): the executor or administrator acts for the client
-- (domain/decedent.py).
ALTER TABLE clients ADD COLUMN died_on TEXT
