-- The kinds of information an authorization's description names (45 CFR 164.508(c)(1)(i)), as
-- a JSON list of domain/disclosure_parts.PARTS keys ticked beside the client's words. '[]' for
-- one recorded before: the export then asks the therapist to confirm what its words describe.
ALTER TABLE authorizations ADD COLUMN described_parts TEXT NOT NULL DEFAULT '[]'
