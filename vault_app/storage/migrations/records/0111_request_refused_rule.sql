-- A request recorded as made by one the representative rules refuse (services/request_refused.py):
-- the rule's code (domain/refused_requester.BASES' keys), so a screen says the basis in its own
-- language; the explanation keeps the rule's English words with the facts, for the command line.
-- '' for every other request, and for one recorded refused before the code was kept (its stored
-- explanation is then said as it is).
ALTER TABLE client_requests ADD COLUMN refused_rule TEXT NOT NULL DEFAULT ''
