"""Whether the work after an unlock (services/unlock_hooks.py) has anything to do: one
EXISTS read each, in a module that imports nothing but the compartment.

The work's own modules are heavy (settling a pending export loads the disclosure gate,
the measures and the PDF writer's neighbours, about fifty modules; moving attachments
into the blob store eleven), and after a clean session there is nothing for them: every
command and every unlock of the app paid for the imports to read an empty table."""

from __future__ import annotations

from vault_app.storage.compartment import Compartment


def blob_intents_left(db: Compartment) -> bool:
    """An intent a write left (storage/blob_intents.py): the sweep's work."""
    return bool(db.scalar("SELECT EXISTS (SELECT 1 FROM blob_intents)"))


def inline_attachments(db: Compartment) -> bool:
    """An attachment body still kept in its row: the move into the blob store's work."""
    return bool(db.scalar("SELECT EXISTS (SELECT 1 FROM attachments WHERE blob_id IS NULL)"))


def deliveries_pending(db: Compartment) -> bool:
    """An export recorded as 'pending' (services/export.py): the settling's work, which
    itself leaves alone a row whose exporting process may still be running."""
    return bool(db.scalar("SELECT EXISTS (SELECT 1 FROM disclosures WHERE status = 'pending')"))


def scheduled_after_discharge(db: Compartment) -> bool:
    """An appointment left scheduled after its client's discharge day (a discharge recorded
    before discharges cancelled them): services/appointments_discharged.py's work."""
    return bool(db.scalar("SELECT EXISTS (SELECT 1 FROM appointments a JOIN clients c ON c.client_id = a.client_id "
                          "WHERE a.status = 'scheduled' AND c.status = 'discharged' AND c.discharged_on IS NOT NULL "
                          "AND a.date > c.discharged_on)"))


def draft_sessions_without_note(db: Compartment) -> bool:
    """A session recorded for a draft note that has no note (a kill between the two writes):
    services/draft_sessions_left.py's work."""
    return bool(db.scalar("SELECT EXISTS (SELECT 1 FROM draft_only_sessions d WHERE NOT EXISTS "
                          "(SELECT 1 FROM progress_notes n WHERE n.session_id = d.session_id))"))
