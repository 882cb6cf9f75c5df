-- What an access request asks for: 'inspect', 'copies' or 'both' (domain/state_deadlines.ASKED_FORMS),
-- so its state deadline is the one for that (N.Y. PHL 18(2)(a) inspection in 10 days; copies within a
-- reasonable time, HIPAA's 30 days). '' not said: a request recorded before, or another kind; every
-- state rule then counts, the earlier date shown.
ALTER TABLE client_requests ADD COLUMN asked TEXT NOT NULL DEFAULT ''
