-- The clinical record. Every table holding a chart's data has a client_id column
-- (destruction finds a chart's rows generically by it). A couple or family case
-- is a chart of its own: a clients row of kind 'couple'/'family' whose members
-- are listed in case_members. Child rows cascade when their chart is deleted.
CREATE TABLE clients (
    seq            INTEGER PRIMARY KEY,          -- stable rowid for the search index
    client_id      TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'couple', 'family')),
    chart_number   TEXT NOT NULL UNIQUE,
    legal_name     TEXT NOT NULL,
    preferred_name TEXT NOT NULL DEFAULT '',
    date_of_birth  TEXT,
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'discharged')),
    discharged_on  TEXT,
    last_contact   TEXT,
    contact        TEXT NOT NULL DEFAULT '{}',   -- JSON: ContactPreferences
    limits_discussed_on   TEXT,
    consent_signed_on     TEXT,
    consent_attachment_id TEXT,
    consent_notes  TEXT NOT NULL DEFAULT '',
    part2          INTEGER NOT NULL DEFAULT 0 CHECK (part2 IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
)
;;
CREATE INDEX clients_name ON clients(legal_name)
;;
CREATE TABLE case_members (
    client_id        TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,  -- the case
    member_client_id TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    PRIMARY KEY (client_id, member_client_id)
)
;;
CREATE INDEX case_members_member ON case_members(member_client_id)
;;
CREATE TABLE guardians (
    guardian_id     TEXT PRIMARY KEY,
    client_id       TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    relationship    TEXT NOT NULL DEFAULT '',
    authority       TEXT NOT NULL,
    may_authorize   INTEGER NOT NULL DEFAULT 0 CHECK (may_authorize IN (0, 1)),
    custody_order_attachment_id TEXT,
    phone           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    valid_from      TEXT,
    valid_until     TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
)
;;
CREATE INDEX guardians_client ON guardians(client_id)
;;
CREATE TABLE sessions (
    session_id       TEXT PRIMARY KEY,
    client_id        TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    date             TEXT NOT NULL,
    start_time       TEXT,
    end_time         TEXT,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    modality         TEXT NOT NULL CHECK (modality IN ('individual', 'couple', 'family', 'group')),
    setting          TEXT NOT NULL DEFAULT 'in_person' CHECK (setting IN ('in_person', 'telehealth')),
    platform         TEXT NOT NULL DEFAULT '',
    service_type     TEXT NOT NULL DEFAULT 'psychotherapy',
    cpt_code         TEXT NOT NULL DEFAULT '',
    addon_codes      TEXT NOT NULL DEFAULT '[]',
    icd10_codes      TEXT NOT NULL DEFAULT '[]',
    location         TEXT NOT NULL DEFAULT '',
    billing_status   TEXT NOT NULL DEFAULT 'unbilled',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
)
;;
CREATE INDEX sessions_client_date ON sessions(client_id, date)
;;
CREATE TABLE treatment_plans (
    plan_id            TEXT PRIMARY KEY,
    client_id          TEXT NOT NULL UNIQUE REFERENCES clients(client_id) ON DELETE CASCADE,
    problems           TEXT NOT NULL DEFAULT '',
    diagnosis_codes    TEXT NOT NULL DEFAULT '[]',
    modality_frequency TEXT NOT NULL DEFAULT '',
    start_date         TEXT,
    review_date        TEXT,
    updated_at         TEXT NOT NULL
)
;;
CREATE TABLE treatment_goals (
    goal_id     TEXT PRIMARY KEY,
    plan_id     TEXT NOT NULL REFERENCES treatment_plans(plan_id) ON DELETE CASCADE,
    client_id   TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    description TEXT NOT NULL,
    objectives  TEXT NOT NULL DEFAULT '[]',
    target_date TEXT,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'met', 'revised', 'discontinued'))
)
;;
CREATE INDEX treatment_goals_plan ON treatment_goals(plan_id, position)
;;
CREATE INDEX treatment_goals_client ON treatment_goals(client_id)
;;
-- Section texts are JSON (key -> text); search_text joins them in template order
-- for the full-text index and previews without storing the text twice.
CREATE TABLE progress_notes (
    seq           INTEGER PRIMARY KEY,
    note_id       TEXT NOT NULL UNIQUE,
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    session_id    TEXT REFERENCES sessions(session_id) ON DELETE CASCADE,
    note_date     TEXT NOT NULL,
    template      TEXT NOT NULL,
    sections      TEXT NOT NULL,
    interventions TEXT NOT NULL DEFAULT '[]',
    goal_ids      TEXT NOT NULL DEFAULT '[]',
    risk          TEXT,
    author        TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    signed_at     TEXT,
    signed_by     TEXT,
    content_hash  TEXT,
    signature     TEXT,
    search_text   TEXT GENERATED ALWAYS AS (concat_ws(char(10),
        json_extract(sections, '$.goals'), json_extract(sections, '$.data'),
        json_extract(sections, '$.behavior'), json_extract(sections, '$.subjective'),
        json_extract(sections, '$.objective'), json_extract(sections, '$.intervention'),
        json_extract(sections, '$.response'), json_extract(sections, '$.assessment'),
        json_extract(sections, '$.plan'), json_extract(sections, '$.text'))) VIRTUAL
)
;;
CREATE UNIQUE INDEX progress_notes_one_per_session ON progress_notes(session_id) WHERE session_id IS NOT NULL
;;
CREATE INDEX progress_notes_client_date ON progress_notes(client_id, note_date)
;;
CREATE INDEX progress_notes_unsigned ON progress_notes(created_at) WHERE signed_at IS NULL
;;
-- Sign-and-lock, enforced below the service too: a signed note never changes.
CREATE TRIGGER progress_notes_signed_locked BEFORE UPDATE ON progress_notes
WHEN OLD.signed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'signed notes are immutable');
END
;;
CREATE TABLE note_amendments (
    seq          INTEGER PRIMARY KEY,
    amendment_id TEXT NOT NULL UNIQUE,
    note_id      TEXT NOT NULL REFERENCES progress_notes(note_id) ON DELETE CASCADE,
    client_id    TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('addendum', 'amendment')),
    author       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL
)
;;
CREATE INDEX note_amendments_note ON note_amendments(note_id, seq)
;;
CREATE INDEX note_amendments_client ON note_amendments(client_id)
;;
CREATE TRIGGER note_amendments_append_only BEFORE UPDATE ON note_amendments
BEGIN
    SELECT RAISE(ABORT, 'amendments are immutable');
END
;;
-- Scanned documents live inside the compartment, never as loose files.
CREATE TABLE attachments (
    attachment_id TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('consent', 'authorization', 'court_order', 'custody_order', 'other')),
    filename      TEXT NOT NULL DEFAULT '',
    media_type    TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    document_date TEXT,
    created_at    TEXT NOT NULL,
    data          BLOB NOT NULL
)
;;
CREATE INDEX attachments_client ON attachments(client_id, created_at)
