"""The Psychotherapy and Decisions tabs, the lines under a signed note and a note's spelling menu
in Spanish (found in the real app with VAULT_APP_LANGUAGE=es: the Psychotherapy tab and its
lock page, the Decisions tab and an addendum's heading were English under Spanish tabs). Real
vault, real widgets, the real es.ts. What is stored stays the key; English reads as it did."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.domain import decisions
from vault_app.gui import decision_words, i18n
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


def _items(box: QComboBox) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def _headers(tree) -> list[str]:  # type: ignore[no-untyped-def]
    header = tree.headerItem()
    return [header.text(c) for c in range(tree.columnCount())]


def test_the_decision_words_repeat_the_domain_labels() -> None:
    assert {k: decisions.TRIGGER_LABELS[k] for k in decisions.TRIGGERS} == decision_words.TRIGGER_WORDS
    assert decision_words.OUTCOME_WORDS == decisions.OUTCOME_LABELS
    assert decision_words.METHOD_WORDS == decisions.METHOD_LABELS
    assert decision_words.REASON_WORDS == decisions.REASON_LABELS
    assert decision_words.trigger_words("no_such_trigger") == "no_such_trigger"


def test_the_decisions_tab_speaks_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    from vault_app.gui.decision_list import DecisionList

    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Lucia Decisiones").client_id
    listed = DecisionList(unlocked_app, client_id)
    qtbot.addWidget(listed)
    wait_ops(qtbot)
    assert _headers(listed.tree) == ["Fecha", "Situación", "Decisión", "Estado"]
    assert _items(listed.trigger)[:2] == ["Todas las situaciones", "Sospecha de maltrato o negligencia infantil"]
    assert listed.trigger.itemData(1) == "child_abuse"
    assert (listed.new_button.text(), listed.empty.text()) == (
        "Nueva decisión…", "Aún no hay decisiones de confidencialidad en este expediente. Empiece una con "
                           "Nueva decisión…")


def test_the_psychotherapy_tab_speaks_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    from vault_app.gui.chart_view import ChartView

    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Lucia Psicoterapia").client_id
    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.load(client_id)
    wait_ops(qtbot)
    tab = view.psychotherapy
    assert tab.lock_page.unlock_button.text() == "Desbloquear las notas de psicoterapia"
    tab.passphrase.edit.setText(PASSPHRASE)
    tab.unlock()
    qtbot.waitUntil(lambda: unlocked_app.psychotherapy_open, timeout=30_000)
    wait_ops(qtbot)
    assert _headers(tab.list) == ["Fecha", "Estado", "Vista previa"]
    assert tab.destroy_button.text() == "Destruir notas…"
    tab.new_note("Tres palabras aquí")
    assert tab.status.text() == "Nota nueva. Se guarda mientras escribe."
    assert tab.sign_summary()[-1] == "Nota de psicoterapia, 3 palabras"
    tab.editor.setPlainText("Una")
    assert tab.sign_summary()[-1] == "Nota de psicoterapia, 1 palabra"
    tab.flush()
    wait_ops(qtbot)


@pytest.mark.parametrize(("kind", "reason", "english", "spanish"), [
    ("addendum", "", "Addendum 12/03/2026 4:04 PM by Jordan Lee\nClient phoned.\n",
     "Adenda del 12/03/2026 4:04 PM, de Jordan Lee\nClient phoned.\n"),
    ("amendment", "wrong date", "Amendment 12/03/2026 4:04 PM by Jordan Lee (reason: wrong date)\nClient phoned.\n",
     "Enmienda del 12/03/2026 4:04 PM, de Jordan Lee (motivo: wrong date)\nClient phoned.\n"),
])
def test_an_addendum_under_a_signed_note_reads_in_the_screen_s_language(
        qtbot, us_practice: None, monkeypatch: pytest.MonkeyPatch, kind: str, reason: str, english: str,
        spanish: str) -> None:
    """The lines under a signed note were English under a Spanish note; English is as before.
    What the therapist wrote (the reason, the text) stays as written."""
    from vault_app.domain.clinical_notes import Amendment
    from vault_app.gui import amend_dialog

    # The clock is not the point (an addendum's moment reads on the practice's clock: practice_clock.moment_shown)
    monkeypatch.setattr(amend_dialog.practice_clock, "moment_shown", lambda _at: "12/03/2026 4:04 PM")
    made = Amendment(amendment_id="a1", note_id="n1", note_kind="progress", client_id="c1", kind=kind,  # type: ignore[arg-type]
                     author="Jordan Lee", created_at="2026-12-04T00:04:00+00:00", reason=reason, text="Client phoned.")
    assert amend_dialog.amendment_text([made]) == english
    assert i18n.install("es") == "es"
    try:
        assert amend_dialog.amendment_text([made]) == spanish
    finally:
        i18n.install("en")


def test_the_spelling_menu_of_a_note_speaks_spanish(qtbot, spanish: None) -> None:
    """The right-click menu of a misspelling in the note editors (Spanish since last round):
    its own lines were English beside Qt's Spanish Deshacer / Copiar."""
    from PySide6.QtWidgets import QPlainTextEdit

    from vault_app.gui.spellcheck import guard_spelling, spell_source, spelling_menu

    source = spell_source()
    source.load("en")
    qtbot.waitUntil(lambda: source.speller is not None, timeout=60_000)
    guard = guard_spelling()
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    guard.install(edit)
    edit.setPlainText("Client reported anxeity at work.")
    cursor = edit.textCursor()
    cursor.setPosition(len("Client reported an"))
    menu = spelling_menu(edit, edit.cursorRect(cursor).center(), None)
    added = [a.text() for a in menu.actions() if a.objectName() == "spellAddWord"]
    assert added == ["Añadir «anxeity» al diccionario"]


def test_an_addendum_s_license_is_said_in_spanish_and_stored_as_signed(unlocked_app: AppController, qtbot,
                                                                      spanish: None) -> None:
    """Found on Xvfb: «Adenda del … de Jordan Lee, LCSW (CA license 12345, NPI 1234567893)»: the
    author's license line, stored (and signed) in the core's English, was English in the Spanish
    heading. The heading says it in Spanish; what is stored stays as the core wrote it."""
    from vault_app.gui.amend_dialog import amendment_text
    from vault_app.services import notes, practice

    vault = unlocked_app.vault
    assert vault is not None
    practice.set_clinician(vault, name="Jordan Lee", credentials="LCSW", license_number="12345", license_state="CA",
                           npi="1234567893")
    note = notes.create_progress_note(vault, clients.create_client(vault, "Ines Licencia").client_id, text="Vista.")
    notes.sign_note(vault, note.note_id)
    added = notes.amend_note(vault, note.note_id, "Llamó al día siguiente.")
    assert added.author == "Jordan Lee, LCSW (CA license 12345, NPI 1234567893)"
    head = amendment_text([added]).splitlines()[0]
    assert head.startswith("Adenda del ") and head.endswith(
        ", de Jordan Lee, LCSW (licencia de CA n.º 12345, NPI 1234567893)"), head
    assert "license" not in head
    assert notes.history(vault, note.note_id).amendments[0].author == added.author  # stored as signed
    i18n.install("en")
    assert amendment_text([added]).splitlines()[0].endswith(" by Jordan Lee, LCSW (CA license 12345, NPI 1234567893)")


@pytest.mark.parametrize(("author", "said"), [
    ("Jordan Lee (license 12345)", "Jordan Lee (licencia n.º 12345)"),
    ("Jordan Lee, PhD (NPI 1234567893)", "Jordan Lee, PhD (NPI 1234567893)"),
    ("Dr. Ana (Anita) Ruiz, LMFT (TX license 7, NPI 1234567893)",
     "Dr. Ana (Anita) Ruiz, LMFT (licencia de TX n.º 7, NPI 1234567893)"),
    ("the treating clinician (name not set), LCSW (NY license 000123)",
     "del profesional tratante (nombre no indicado), LCSW (licencia de NY n.º 000123)"),
    ("Jordan Lee (a friend)", "Jordan Lee (a friend)"),  # not a license line: as stored
    ("Imported Author", "Imported Author"),
])
def test_every_stored_author_s_license_reads_in_spanish(qtbot, us_practice: None, monkeypatch: pytest.MonkeyPatch,
                                                       spanish: None, author: str, said: str) -> None:
    from vault_app.domain.clinical_notes import Amendment
    from vault_app.gui import amend_dialog

    monkeypatch.setattr(amend_dialog.practice_clock, "moment_shown", lambda _at: "12/03/2026 4:04 PM")
    made = Amendment(amendment_id="a1", note_id="n1", note_kind="progress", client_id="c1", kind="addendum",
                     author=author, created_at="2026-12-04T00:04:00+00:00", reason="", text="Llamó.")
    assert amend_dialog.amendment_text([made]).splitlines()[0].endswith(said)
