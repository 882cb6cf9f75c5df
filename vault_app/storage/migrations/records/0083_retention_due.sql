-- The dashboard's "past retention" card without a pass over every chart (issue 21).
-- Each chart keeps the date it becomes eligible for destruction (retention_due_on; NULL
-- when no contact is recorded, so never) as the domain's rule last computed it. The rule
-- itself stays in Python (domain/retention.py evaluate): these triggers only mark a chart
-- stale, in the same transaction as any write that can move its date, whatever code path
-- wrote it; services/retention_due.py recomputes the stale charts just before that
-- transaction commits, and a read counts stale ones by the rule in memory, so the card
-- is always the full computation's answer. Existing charts start stale and are filled by
-- the first records transaction after this upgrade (the unlock's own).
ALTER TABLE clients ADD COLUMN retention_due_on TEXT
;;
ALTER TABLE clients ADD COLUMN retention_stale INTEGER NOT NULL DEFAULT 1 CHECK (retention_stale IN (0, 1))
;;
-- The card: one range count over this index ("due on or before today").
CREATE INDEX clients_retention_due ON clients(retention_due_on) WHERE retention_stale = 0
;;
-- The refresh before each commit finds the few stale charts here, not by a scan.
CREATE INDEX clients_retention_stale ON clients(client_id) WHERE retention_stale = 1
;;
-- The policy the stored dates were computed under (services/retention_due.py writes its
-- fingerprint). A save of the practice profile sets checked = 0; the next refresh compares
-- the policy and marks every chart stale only when the retention values really changed.
CREATE TABLE retention_due_policy (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    policy  TEXT NOT NULL,
    checked INTEGER NOT NULL CHECK (checked IN (0, 1))
)
;;
INSERT INTO retention_due_policy (id, policy, checked) VALUES (1, '', 0)
;;
CREATE TRIGGER retention_due_profile_insert AFTER INSERT ON meta WHEN NEW.key = 'practice_profile' BEGIN
    UPDATE retention_due_policy SET checked = 0;
END
;;
CREATE TRIGGER retention_due_profile_update AFTER UPDATE ON meta WHEN NEW.key = 'practice_profile' BEGIN
    UPDATE retention_due_policy SET checked = 0;
END
;;
-- A chart's last contact: its sessions' and notes' dates (storage/chart_dates.py).
CREATE TRIGGER retention_due_session_insert AFTER INSERT ON sessions BEGIN
    UPDATE clients SET retention_stale = 1 WHERE client_id = NEW.client_id AND retention_stale = 0;
END
;;
CREATE TRIGGER retention_due_session_delete AFTER DELETE ON sessions BEGIN
    UPDATE clients SET retention_stale = 1 WHERE client_id = OLD.client_id AND retention_stale = 0;
END
;;
CREATE TRIGGER retention_due_session_update AFTER UPDATE OF date, client_id ON sessions
WHEN NEW.date IS NOT OLD.date OR NEW.client_id IS NOT OLD.client_id BEGIN
    UPDATE clients SET retention_stale = 1 WHERE client_id IN (NEW.client_id, OLD.client_id) AND retention_stale = 0;
END
;;
CREATE TRIGGER retention_due_note_insert AFTER INSERT ON progress_notes BEGIN
    UPDATE clients SET retention_stale = 1 WHERE client_id = NEW.client_id AND retention_stale = 0;
END
;;
CREATE TRIGGER retention_due_note_delete AFTER DELETE ON progress_notes BEGIN
    UPDATE clients SET retention_stale = 1 WHERE client_id = OLD.client_id AND retention_stale = 0;
END
;;
-- Autosave rewrites a note's sections, not its date: it marks nothing.
CREATE TRIGGER retention_due_note_update AFTER UPDATE OF note_date, client_id ON progress_notes
WHEN NEW.note_date IS NOT OLD.note_date OR NEW.client_id IS NOT OLD.client_id BEGIN
    UPDATE clients SET retention_stale = 1 WHERE client_id IN (NEW.client_id, OLD.client_id) AND retention_stale = 0;
END
;;
-- The chart's own dates and kind; a member's birth date moves the cases they belong to
-- (a joint case follows its youngest member).
CREATE TRIGGER retention_due_client_update
AFTER UPDATE OF date_of_birth, last_contact, discharged_on, kind, client_id ON clients
WHEN NEW.date_of_birth IS NOT OLD.date_of_birth OR NEW.last_contact IS NOT OLD.last_contact
  OR NEW.discharged_on IS NOT OLD.discharged_on OR NEW.kind IS NOT OLD.kind OR NEW.client_id IS NOT OLD.client_id
BEGIN
    UPDATE clients SET retention_stale = 1 WHERE seq = NEW.seq;
    UPDATE clients SET retention_stale = 1
     WHERE client_id IN (SELECT client_id FROM case_members WHERE member_client_id = NEW.client_id);
END
;;
CREATE TRIGGER retention_due_member_insert AFTER INSERT ON case_members BEGIN
    UPDATE clients SET retention_stale = 1 WHERE client_id = NEW.client_id;
END
;;
CREATE TRIGGER retention_due_member_delete AFTER DELETE ON case_members BEGIN
    UPDATE clients SET retention_stale = 1 WHERE client_id = OLD.client_id;
END
;;
CREATE TRIGGER retention_due_member_update AFTER UPDATE ON case_members BEGIN
    UPDATE clients SET retention_stale = 1 WHERE client_id IN (NEW.client_id, OLD.client_id);
END
