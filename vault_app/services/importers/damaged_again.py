"""A psychotherapy note that came in damaged, filled when a readable copy is imported later.

A damaged psychotherapy note's PDF comes in as an unsigned draft whose text is only the
import's line saying so, its PDF kept with it (simplepractice.py); the report tells the
therapist to download the note again. Imported again, the readable copy fills that draft --
the same note, so nothing links to a second one -- and its PDF replaces the damaged original,
which held nothing the note can be read from. Only while the note is still an unsigned draft
whose original was never readable (psychotherapy_provenance.original_unreadable): a signed
note is never changed, and a note that came in readable is never overwritten by a later copy.

Whatever the therapist typed into the draft meanwhile stays: the import's line is replaced by
the text where it stands (or, deleted, the text goes first). A copy signed in the previous
system is signed as its import would have signed it ("<system>: <who signed there>").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vault_app.domain.clinical import clean_text
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.domain.clinical_notes import MAX_NOTE_CHARS, PsychotherapyNote
from vault_app.domain.errors import Problem
from vault_app.domain.note_kinds import PSYCHOTHERAPY
from vault_app.services.clinical_common import audit, make_signature, now_iso
from vault_app.services.importers.plan import reason
from vault_app.services.importers.text_cut import END_WORDS, damaged_note_text
from vault_app.services.vault import Vault
from vault_app.storage import clinical_psychotherapy, imports


def _sentence(title: str, day: date, says: str) -> str:
    return f"{title} of {day.isoformat()}: {says}"


# Each code stays a literal in its reason() call: the words' test reads them there
# (tests/gui/test_core_words_books.py).
def filled_reason(title: str, day: date) -> Problem:
    return reason("import.psychotherapy_damaged_filled", _sentence(
        title, day, "the readable PDF filled the draft kept when the note came in damaged; its original PDF is now "
                    "this one."), title=title, date=day.isoformat())


def signed_meanwhile_reason(title: str, day: date) -> Problem:
    return reason("import.psychotherapy_damaged_signed", _sentence(
        title, day, "not filled in, as its draft was signed meanwhile; a signed note is never changed."),
        title=title, date=day.isoformat())


def gone_reason(title: str, day: date) -> Problem:
    return reason("import.psychotherapy_damaged_gone", _sentence(
        title, day, "not filled in, as its draft was discarded or filled meanwhile; import again to bring it in."),
        title=title, date=day.isoformat())


def too_long_reason(title: str, day: date) -> Problem:
    return reason("import.psychotherapy_damaged_too_long", _sentence(
        title, day, "not filled in, as its text and what was typed into its draft are longer together than a note "
                    "holds; copy the words typed elsewhere, delete them, and import again."),
        title=title, date=day.isoformat())


def filled_body(kept: str, text: str) -> str:
    """The draft's text once filled: the import's line (in whichever language it was written)
    replaced by the note's text, the therapist's own words around it kept."""
    for locale in END_WORDS:
        line = damaged_note_text(locale)
        if line in kept:
            return kept.replace(line, text, 1).strip()
    return f"{text}\n\n{kept.strip()}" if kept.strip() else text


def fill_damaged_note(vault: Vault, note_id: str, client_id: str, text: str, *, title: str, note_date: date,
                      author_name: str, provenance: NoteProvenance, original_name: str, original: bytes,
                      signed_at: str = "") -> PsychotherapyNote | Problem:
    """Fill the draft; joins the caller's psychotherapy transaction. The filled note, or why not
    (a reason for the report): signed meanwhile, or too long with what was typed into it."""
    db = vault.psychotherapy  # CompartmentLocked first: nothing is read or written while locked
    note = clinical_psychotherapy.get(db, note_id)
    if note is not None and note.signed:
        return signed_meanwhile_reason(title, note_date)
    if note is None or note.client_id != client_id or not imports.psychotherapy_original_unreadable(db, note_id):
        return gone_reason(title, note_date)
    body = filled_body(note.body, text.strip())
    if len(body) > MAX_NOTE_CHARS:
        return too_long_reason(title, note_date)
    stamp = now_iso()
    author_name = clean_text(author_name, "author", max_len=200) or note.author
    with db.transaction():
        clinical_psychotherapy.fill_imported(db, note_id, body, author_name, stamp)
        imports.replace_psychotherapy_original(db, replace(provenance, note_id=note_id, client_id=client_id),
                                               original_name, original)
        filled = replace(note, body=body, author=author_name, updated_at=stamp)
        if provenance.signed_by:
            signer = clean_text(f"{provenance.source_system}: {provenance.signed_by}", "signer", max_len=300)
            signature = make_signature(vault, PSYCHOTHERAPY.key, note_id, filled.canonical_content(), signer)
            filled = replace(filled, signature=replace(signature, signed_at=signed_at or signature.signed_at))
            assert filled.signature is not None
            clinical_psychotherapy.sign(db, note_id, filled.signature)
    return filled


def log_filled(vault: Vault, note: PsychotherapyNote, source: str) -> None:
    """The fill in the ledger (ids only), once its transaction has committed."""
    audit(vault, "note.updated", kind=PSYCHOTHERAPY.key, note_id=note.note_id, client_id=note.client_id,
          source=source)


__all__ = ["fill_damaged_note", "filled_body", "filled_reason", "gone_reason", "log_filled", "signed_meanwhile_reason",
           "too_long_reason"]
