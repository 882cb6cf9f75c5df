-- Appointments: the day and week agenda (docs/appointments.md). An attended appointment
-- points at the session it became; a no-show or late cancel may carry the practice's fee.
-- Ids, dates, times and codes only: no free text, so nothing clinical hides here.
CREATE TABLE appointments (
    appointment_id   TEXT PRIMARY KEY,
    client_id        TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
    date             TEXT NOT NULL,
    start_time       TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    status           TEXT NOT NULL DEFAULT 'scheduled'
                     CHECK (status IN ('scheduled', 'attended', 'no_show', 'late_cancel',
                                       'cancelled_by_client', 'cancelled_by_therapist')),
    setting          TEXT NOT NULL DEFAULT 'in_person' CHECK (setting IN ('in_person', 'telehealth')),
    series_id        TEXT,
    recurrence       TEXT NOT NULL DEFAULT 'none' CHECK (recurrence IN ('none', 'weekly', 'biweekly')),
    session_id       TEXT REFERENCES sessions(session_id) ON DELETE SET NULL,
    fee_cents        INTEGER CHECK (fee_cents IS NULL OR fee_cents >= 0),
    status_on        TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
)
;;
CREATE INDEX appointments_day ON appointments(date, start_time)
;;
CREATE INDEX appointments_client ON appointments(client_id, date)
;;
CREATE INDEX appointments_series ON appointments(series_id) WHERE series_id IS NOT NULL
;;
-- The agenda asks, for each session of a week, whether an appointment already shows it.
CREATE INDEX appointments_session ON appointments(session_id) WHERE session_id IS NOT NULL
;;
-- The agenda shows the sessions of a day beside its appointments; without this index
-- a week view reads every session of thirty years.
CREATE INDEX sessions_date ON sessions(date)
