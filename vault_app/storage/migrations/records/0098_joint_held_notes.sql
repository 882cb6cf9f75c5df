-- Held in confidence (REGULATIONS.md, couples and families): a progress note of a case chart
-- that one member told under the confidentiality agreement, kept out of a release of the
-- joint record (domain/joint_held.py). One mark per note: which member, when, by whom. The
-- note's text is never here; setting and clearing a mark is in the ledger by ids only.
CREATE TABLE joint_held_notes (
    note_id   TEXT PRIMARY KEY REFERENCES progress_notes(note_id) ON DELETE CASCADE,
    client_id TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,  -- the case chart
    member_id TEXT NOT NULL,
    held_at   TEXT NOT NULL,
    held_by   TEXT NOT NULL DEFAULT ''
)
;;
CREATE INDEX joint_held_notes_client ON joint_held_notes (client_id)
