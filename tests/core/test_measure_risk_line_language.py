"""The line a flagged PHQ-9 writes into the session's draft note, in the language of the
screen the measure was entered on. Found on the real app in Spanish: the draft a Spanish-
speaking therapist signs read "[PHQ-9 ...: total 11 (moderate); item 9 answered above "Not at
all". Risk assessment and safety plan to be documented.]" among her own Spanish sentences.
The CLI and an English screen keep the English line."""

from __future__ import annotations

from vault_app.services import clients, measures, notes, sessions
from vault_app.services.vault import Vault

PHQ_RISK = [2, 2, 2, 2, 1, 1, 1, 0, 1]  # 12: moderate, item 9 = 1


def _flagged_draft(vault: Vault, language: str | None) -> str:
    cid = clients.create_client(vault, "Avery Testperson", date_of_birth="1980-02-03").client_id
    s = sessions.add_session(vault, cid, date="2026-04-01", duration_minutes=50)
    kwargs = {} if language is None else {"language": language}
    recorded = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=s.session_id, **kwargs)
    assert recorded.flag is not None and recorded.flag.note_outcome == "draft_started"
    assert recorded.flag.note_id is not None
    return notes.get_note(vault, recorded.flag.note_id).sections["assessment"]


def test_spanish_screen_writes_the_line_in_spanish(vault: Vault) -> None:
    line = _flagged_draft(vault, "es")
    assert line == ("[PHQ-9 04/01/2026: total 12 (moderada); ítem 9 con respuesta por encima de «Ningún día». "
                    "Valoración del riesgo y plan de seguridad pendientes de documentar.]")


def test_english_and_unknown_languages_keep_the_english_line(vault: Vault) -> None:
    english = ("[PHQ-9 04/01/2026: total 12 (moderate); item 9 answered above \"Not at all\". "
               "Risk assessment and safety plan to be documented.]")
    assert _flagged_draft(vault, None) == english
    assert _flagged_draft(vault, "fr") == english
