-- Which adult member of a couple's or family's chart made a request (found by a walker: an access
-- request on the joint record could not say which partner asked, and the copy went to the case's name).
-- '' for a request not made by a member, as for every request made before this.
ALTER TABLE client_requests ADD COLUMN member_id TEXT NOT NULL DEFAULT ''
