-- Who made a request when they are not recorded in the chart (by_representative = 1, guardian_id
-- NULL): their name and the authority they claim (domain/claimed_authority.CLAIMS code), as data,
-- so the denial on "not_representative" is addressed to them and a screen says the claim in its own
-- language. '' for a request recorded before (its words stay in the description, as typed then).
ALTER TABLE client_requests ADD COLUMN requester_name TEXT NOT NULL DEFAULT ''
;;
ALTER TABLE client_requests ADD COLUMN requester_claim TEXT NOT NULL DEFAULT ''
