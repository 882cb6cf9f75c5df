-- A parent's agreement to a confidential relationship between the therapist and the minor about the
-- minor's care (45 CFR 164.502(g)(3)(i)(C)): from that day the parent is not the minor's personal
-- representative for that care. The day of the agreement (NULL: none recorded) and the recorded
-- guardian who agreed (their guardians.guardian_id; never a name here or in the ledger).
ALTER TABLE clients ADD COLUMN confidentiality_agreed_on TEXT
;;
ALTER TABLE clients ADD COLUMN confidentiality_agreed_by TEXT NOT NULL DEFAULT ''
