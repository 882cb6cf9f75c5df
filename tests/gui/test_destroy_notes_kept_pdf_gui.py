"""Destroy notes… lists the original PDFs kept from discarded imported drafts, after the
notes, as the Psychotherapy tab does; ticked, they go, and the wizard and its certificate say
so. Found: the wizard listed the notes only, and their kept PDFs stayed after it."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from tests.gui.test_destruction_notes_gui import _to_the_notes_page
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.destruction_texts import certificate_text, opening_text
from vault_app.services import clients, notes, psychotherapy_notes, psychotherapy_originals
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _kept_pdf(v: Vault, client_id: str) -> str:
    data = b"%PDF-1.4\n% a damaged note from the former system\n"
    provenance = NoteProvenance(note_id="", client_id=client_id, note_kind="psychotherapy",
                                source_system="SimplePractice", source_id="660001", source_title="Psychotherapy Note",
                                signed_by="", signed_on="", original_sha256=hashlib.sha256(data).hexdigest())
    with v.psychotherapy.transaction():
        note = psychotherapy_notes.import_psychotherapy_note(
            v, client_id, "[damaged]", note_date=date(2024, 4, 4), author_name="", provenance=provenance,
            original_name="Psychotherapy Note.pdf", original=data, original_unreadable=True)
    notes.discard(v, note.note_id, "psychotherapy", original=psychotherapy_originals.KEEP)
    (kept,) = psychotherapy_originals.kept_for_client(v, client_id)
    return kept.kept_id


def test_a_kept_pdf_is_offered_ticked_destroyed_and_named(unlocked_app: AppController, qtbot: Any) -> None:
    window = window_of(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Pia Keptpdf")
    made: dict[str, str] = {}

    def write(v: Vault) -> None:
        v.unlock_psychotherapy(PASSPHRASE)
        made["note"] = psychotherapy_notes.create_psychotherapy_note(v, client_id, "process note stays").note.note_id
        made["pdf"] = _kept_pdf(v, client_id)
        v.lock_psychotherapy()

    elsewhere(unlocked_app, qtbot, write)
    number = clients.get_client(unlocked_app.vault, client_id).chart_number
    window.open_chart(client_id)
    wait_ops(qtbot)
    wizard = window.chart.start_destruction(notes=True)
    assert wizard is not None
    wait_ops(qtbot)
    page = _to_the_notes_page(wizard, qtbot)
    wait_ops(qtbot)
    rows = [page.list.topLevelItem(i) for i in range(page.list.topLevelItemCount())]
    assert [(r.text(1), str(r.data(0, Qt.ItemDataRole.UserRole))) for r in rows] == [
        ("draft", made["note"]), ("original PDF", made["pdf"])]
    assert rows[1].text(2) == "Kept when its imported draft was discarded"  # its file name unsaid
    rows[1].setCheckState(0, Qt.CheckState.Checked)
    assert page.isComplete() and page.chosen() == [made["pdf"]]
    wizard.next()
    confirm = wizard.confirm_page
    assert "1 original PDF kept from a discarded psychotherapy draft of chart" in confirm.text.text()
    confirm.confirm.setText(number)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page)
    cert = confirm.certificate
    assert cert is not None and cert["records"]["note_ids"] == []
    assert [k["kept_original_id"] for k in cert["extra"]["kept_original_pdfs"]["destroyed"]] == [made["pdf"]]
    assert "1 original PDF kept from a discarded psychotherapy draft" in wizard.certificate_page.text.text()
    # What went opens the page as it opens the PDF, in the screens' language too.
    assert wizard.certificate_page.text.text().startswith("The kept original PDF described below was destroyed.<br>")
    assert cert["statement"].startswith("The kept original PDF described below was destroyed ")
    assert i18n.install("es") == "es"
    try:
        assert certificate_text(cert).startswith(
            "Se destruyó el PDF original conservado que se describe a continuación.<br>")
    finally:
        assert i18n.install("en") == "en"
    assert window.status_label.text() == (f"Chart {number}: 1 original PDF kept from a discarded psychotherapy "
                                          "draft destroyed and verified.")
    assert psychotherapy_originals.kept_for_client(unlocked_app.vault, client_id) == []
    assert [n.note_id for n in psychotherapy_notes.list_psychotherapy_notes(unlocked_app.vault, client_id)] == [
        made["note"]]
    wizard.accept()
    wait_ops(qtbot)
    tab = window.chart.psychotherapy
    assert tab.list.topLevelItemCount() == 1


def test_notes_without_their_pdf_the_certificate_says_none_went(unlocked_app: AppController, qtbot: Any) -> None:
    window = window_of(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Noa Nopdf")

    def write(v: Vault) -> None:
        v.unlock_psychotherapy(PASSPHRASE)
        psychotherapy_notes.create_psychotherapy_note(v, client_id, "process note goes")
        v.lock_psychotherapy()

    elsewhere(unlocked_app, qtbot, write)
    number = clients.get_client(unlocked_app.vault, client_id).chart_number
    window.open_chart(client_id)
    wait_ops(qtbot)
    wizard = window.chart.start_destruction(notes=True)
    assert wizard is not None
    wait_ops(qtbot)
    page = _to_the_notes_page(wizard, qtbot)
    wait_ops(qtbot)
    page.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    wizard.next()
    wizard.confirm_page.confirm.setText(number)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page)
    assert ("No original PDF kept from a discarded psychotherapy draft was destroyed with these notes."
            in wizard.certificate_page.text.text())
    assert wizard.certificate_page.text.text().startswith("The psychotherapy note described below was destroyed.<br>")
    wizard.accept()
    wait_ops(qtbot)


@pytest.mark.parametrize(("notes", "pdfs", "english", "spanish"), [
    (2, 0, "The psychotherapy notes described below were destroyed.",
     "Se destruyeron las notas de psicoterapia que se describen a continuación."),
    (0, 2, "The kept original PDFs described below were destroyed.",
     "Se destruyeron los PDF originales conservados que se describen a continuación."),
    (1, 1, "The psychotherapy note and kept original PDF described below were destroyed.",
     "Se destruyeron la nota de psicoterapia y el PDF original conservado que se describen a continuación."),
    (1, 3, "The psychotherapy note and kept original PDFs described below were destroyed.",
     "Se destruyeron la nota de psicoterapia y los PDF originales conservados que se describen a continuación."),
    (2, 1, "The psychotherapy notes and kept original PDF described below were destroyed.",
     "Se destruyeron las notas de psicoterapia y el PDF original conservado que se describen a continuación."),
    (2, 2, "The psychotherapy notes and kept original PDFs described below were destroyed.",
     "Se destruyeron las notas de psicoterapia y los PDF originales conservados que se describen a continuación."),
])
def test_the_opening_sentence_says_what_went_in_both_languages(
        qapp: object, notes: int, pdfs: int, english: str, spanish: str) -> None:
    """The other counts than the two destructions above, on a certificate's own fields. With a
    QApplication of its own: run first in its process, the translation was not installed (qapp)."""
    cert = {"records": {"scope": "psychotherapy_notes", "note_ids": [f"n{i}" for i in range(notes)]},
            "extra": {"kept_original_pdfs": {"destroyed": [{"kept_original_id": f"k{i}"} for i in range(pdfs)]}}}
    assert opening_text(cert) == english
    assert i18n.install("es") == "es"
    try:
        assert opening_text(cert) == spanish
        chart = opening_text({"records": {"scope": "chart"}})
        assert chart == "Se destruyó el expediente que se describe a continuación."
    finally:
        assert i18n.install("en") == "en"
