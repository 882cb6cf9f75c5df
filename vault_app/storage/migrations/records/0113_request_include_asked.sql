-- A denied amendment request the client asked to have included with later disclosures of the
-- notes (45 CFR 164.526(d)(1)(iv), (d)(5)(ii)): the day the client asked. Without a statement of
-- disagreement the request and its denial go with a later disclosure only then. NULL: not asked
-- (or recorded before this was kept; such a request goes only with its statement of disagreement).
ALTER TABLE client_requests ADD COLUMN include_asked_on TEXT
