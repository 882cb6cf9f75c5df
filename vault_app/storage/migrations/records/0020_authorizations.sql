-- Authorizations (45 CFR 164.508) and Part 2 consents (42 CFR 2.31). The row
-- mirrors the signed form, whose scan is an attachment of kind 'authorization'.
-- A recorded authorization is a compliance document: its terms never change.
-- Only the revocation and the occurrence of the expiration event may be set,
-- once each (a mistaken form is superseded by a new one, never edited).
CREATE TABLE authorizations (
    seq                      INTEGER PRIMARY KEY,
    authorization_id         TEXT NOT NULL UNIQUE,
    client_id                TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    covers                   TEXT NOT NULL,            -- JSON list: progress / psychotherapy / billing
    description              TEXT NOT NULL,
    discloser                TEXT NOT NULL,
    recipient_name           TEXT NOT NULL,
    recipient_address        TEXT NOT NULL DEFAULT '',
    purposes                 TEXT NOT NULL,            -- JSON list
    signed_on                TEXT,
    signer_name              TEXT NOT NULL,
    signer_role              TEXT NOT NULL CHECK (signer_role IN ('client', 'personal_representative')),
    signer_authority         TEXT NOT NULL DEFAULT '',
    authority_attachment_id  TEXT,
    statement_revoke         TEXT NOT NULL DEFAULT '',
    statement_conditioning   TEXT NOT NULL DEFAULT '',
    statement_redisclosure   INTEGER NOT NULL DEFAULT 0 CHECK (statement_redisclosure IN (0, 1)),
    expires_on               TEXT,
    expiration_event         TEXT NOT NULL DEFAULT '',
    event_occurred_on        TEXT,
    notes_from               TEXT,
    notes_to                 TEXT,
    part2                    INTEGER NOT NULL DEFAULT 0 CHECK (part2 IN (0, 1)),
    patient_name_on_form     INTEGER NOT NULL DEFAULT 0 CHECK (patient_name_on_form IN (0, 1)),
    scan_attachment_id       TEXT,
    revoked_on               TEXT,
    revocation_attachment_id TEXT,
    created_at               TEXT NOT NULL,
    signer_client_id         TEXT                      -- joint records: the member who signed
)
;;
CREATE INDEX authorizations_client ON authorizations(client_id, seq)
;;
CREATE INDEX authorizations_expiry ON authorizations(expires_on) WHERE revoked_on IS NULL
;;
CREATE TRIGGER authorizations_terms_locked BEFORE UPDATE ON authorizations
WHEN NEW.authorization_id IS NOT OLD.authorization_id OR NEW.client_id IS NOT OLD.client_id
  OR NEW.covers IS NOT OLD.covers OR NEW.description IS NOT OLD.description
  OR NEW.discloser IS NOT OLD.discloser OR NEW.recipient_name IS NOT OLD.recipient_name
  OR NEW.recipient_address IS NOT OLD.recipient_address OR NEW.purposes IS NOT OLD.purposes
  OR NEW.signed_on IS NOT OLD.signed_on OR NEW.signer_name IS NOT OLD.signer_name
  OR NEW.signer_role IS NOT OLD.signer_role OR NEW.signer_authority IS NOT OLD.signer_authority
  OR NEW.authority_attachment_id IS NOT OLD.authority_attachment_id
  OR NEW.statement_revoke IS NOT OLD.statement_revoke OR NEW.statement_conditioning IS NOT OLD.statement_conditioning
  OR NEW.statement_redisclosure IS NOT OLD.statement_redisclosure OR NEW.expires_on IS NOT OLD.expires_on
  OR NEW.expiration_event IS NOT OLD.expiration_event OR NEW.notes_from IS NOT OLD.notes_from
  OR NEW.notes_to IS NOT OLD.notes_to OR NEW.part2 IS NOT OLD.part2
  OR NEW.patient_name_on_form IS NOT OLD.patient_name_on_form OR NEW.scan_attachment_id IS NOT OLD.scan_attachment_id
  OR NEW.created_at IS NOT OLD.created_at OR NEW.signer_client_id IS NOT OLD.signer_client_id
  OR (OLD.revoked_on IS NOT NULL AND NEW.revoked_on IS NOT OLD.revoked_on)
  OR (OLD.event_occurred_on IS NOT NULL AND NEW.event_occurred_on IS NOT OLD.event_occurred_on)
BEGIN
    SELECT RAISE(ABORT, 'recorded authorizations are immutable');
END
