-- The agenda's week view (storage/appointments.agenda) from a few index pages. Its rows were
-- each on their own table page (appointments, sessions and notes are stored in the order they
-- were written, not by date), and each note's state was looked up by session id, one random
-- page per row; on an encrypted vault every page read from disk is decrypted and its HMAC
-- checked, so at 4x the week view took 2.3-3.4 times as long as on plain SQLite.
-- These hold a week's appointments, sessions and notes side by side in date order, with the
-- columns the agenda shows (ids, dates, times, codes; no names, no note text). The wider
-- indexes replace the date-only ones they begin with (same order, so the same queries use them).
DROP INDEX appointments_day
;;
CREATE INDEX appointments_week ON appointments(date, start_time, appointment_id, client_id, duration_minutes,
                                               status, setting, session_id)
;;
DROP INDEX sessions_date
;;
CREATE INDEX sessions_week ON sessions(date, start_time, session_id, client_id, duration_minutes, setting)
;;
-- A session's note is dated the session's day unless the therapist dates it otherwise
-- (services/notes.py), so the week's notes come from one stretch of this index; a note dated
-- elsewhere is still found by its session (progress_notes_one_per_session).
CREATE INDEX progress_notes_day_state ON progress_notes(note_date, session_id, note_id, signed_at IS NOT NULL)
    WHERE session_id IS NOT NULL
