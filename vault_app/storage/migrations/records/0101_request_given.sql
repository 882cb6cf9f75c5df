-- What a granted access request gave, as data (domain/request_given.py, JSON): the kinds copied,
-- to which representative, the kinds not held and the dates. `granted` keeps the English sentence
-- for the command line; a screen says the data in its own language. NULL: granted before this
-- column (the screen then reads the kept sentence), or with words typed on the command line.
ALTER TABLE client_requests ADD COLUMN given TEXT
