-- The notices of closure sent (services/closure_letters_kept.py): each letter's text as it was written,
-- kept in the chart as the request letters are (request_letters), so the therapist can show what a client
-- was sent and print it again; its inside address (the envelope's lines), how it went (mail, the safe
-- address the client asked for, not by mail) and the day the practice closes, by which a second run knows
-- who was sent a notice already. Destroyed with the chart (its client_id).
CREATE TABLE closure_letters (
    letter_id   TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    closes_on   TEXT NOT NULL,
    letter_date TEXT NOT NULL,
    language    TEXT NOT NULL,
    delivery    TEXT NOT NULL CHECK (delivery IN ('mail', 'safe_address', 'not_by_mail')),
    address     TEXT NOT NULL,
    body        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    created_at  TEXT NOT NULL
)
;;
CREATE INDEX closure_letters_client ON closure_letters(client_id, closes_on)
;;
CREATE TRIGGER closure_letters_immutable BEFORE UPDATE ON closure_letters
BEGIN
    SELECT RAISE(ABORT, 'letters sent are immutable');
END
