-- The basis on which a representative who may not sign still has the client's records, as a choice of
-- the bases the sources name (domain/guardian_records_access.py: custody_order, court_order, state_law,
-- other) beside the therapist's words in records_access_basis (0118). '' : none recorded. A basis written
-- before this migration is kept as "other", its words unchanged.
ALTER TABLE guardians ADD COLUMN records_access_code TEXT NOT NULL DEFAULT ''
;;
UPDATE guardians SET records_access_code = 'other' WHERE records_access_basis <> ''
