"""The export wizard's last page says, before the export, what goes with the ticked notes: their
amendments and addenda, the denied amendment requests that go with them and the client's statements
of disagreement (45 CFR 164.526(c), (d)(4)-(5)), counted, in English and in Spanish. Found by the
round's brief: the preview said "3 progress notes … to … for: …" and only the receipt, after the
export, named what went with them. Counted by the export's own steps (services/export_preview), so
the preview and the receipt say the same. Real widgets, a real vault, the real gate, a real PDF.

Its dates are the practice's, as every screen's (gui/dates.show_date: the chart, the wizard's list
of notes, the receipt): a US practice's 10/13/2026 on Spanish screens too."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.export_wizard import ExportWizard
from vault_app.gui.export_words import going_along_text
from vault_app.services import measures, notes, request_amendments, requests
from vault_app.services.export import Described
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

ALONG = {
    "en": "Along with these notes, as the law asks (45 CFR 164.526): 1 amendment, 1 addendum, 1 amendment "
          "request denied, 1 statement of disagreement.",
    "es": "Junto con estas notas, como exige la ley (45 CFR 164.526): 1 enmienda, 1 adenda, 1 solicitud de "
          "enmienda denegada, 1 declaración de desacuerdo.",
}
RECEIPT = {
    "en": "with 1 amendment, 1 addendum, 1 amendment request denied, 1 statement of disagreement",
    "es": "con 1 enmienda, 1 adenda, 1 solicitud de enmienda denegada, 1 declaración de desacuerdo",
}


def _disputed_chart(vault: Vault) -> tuple[str, str]:
    """Three signed notes; the first amended and with an addendum; the second's amendment denied and
    disputed by the client's statement; the third's denied without one, never asked to go (it stays:
    164.526(d)(5)(ii)). Returns the client and an authorization of the progress notes."""
    chart = fx.make_chart(vault, n=3)
    notes.amend_note(vault, chart.progress[0], "Corrected the date.", kind="amendment", reason="wrong date")
    notes.amend_note(vault, chart.progress[0], "Client called after the session.")
    disputed = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(20),
                                    note_ids=(chart.progress[1],), description="Please remove it")
    requests.deny_request(vault, disputed.id, grounds=["accurate_and_complete"], decided_on=fx.days_ago(15),
                          explanation="The note says what was observed")
    request_amendments.file_disagreement(vault, disputed.id, text="I disagree.", received_on=fx.days_ago(10))
    unsaid = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(12),
                                  note_ids=(chart.progress[2],), description="Change the plan")
    requests.deny_request(vault, unsaid.id, grounds=["accurate_and_complete"], decided_on=fx.days_ago(8),
                          explanation="The plan is as agreed")
    auth = fx.add_auth(vault, chart.client_id, covers=["progress"])
    return chart.client_id, auth.id


def _to_save_page(app: AppController, qtbot: Any, client_id: str, auth_id: str,
                  wizard: ExportWizard | None = None) -> ExportWizard:
    if wizard is None:
        wizard = ExportWizard(app, client_id)
        qtbot.addWidget(wizard)
        wizard.show()
        wait_ops(qtbot)
    what = wizard.what_page
    what.check_all()
    what.recipient.setText(fx.RECIPIENT.name)
    what.address.setText(fx.RECIPIENT.address)
    what.purpose.setText(fx.PURPOSE)
    wizard.next()
    form = wizard.basis_page.form
    form.basis.setCurrentIndex(form.basis.findData("authorization"))
    form.authorization.setCurrentIndex(form.authorization.findData(auth_id))
    wizard.basis_page.check()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.basis_page.verdict is not None)
    verdict = wizard.basis_page.verdict
    assert verdict is not None and verdict.allowed, wizard.basis_page.verdict_text.text()
    wizard.next()
    wait_ops(qtbot)
    return wizard


def test_the_preview_names_what_goes_with_the_notes(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                    language: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id, auth_id = _disputed_chart(vault)
    wizard = _to_save_page(unlocked_app, qtbot, client_id, auth_id)
    save = wizard.save_page
    qtbot.waitUntil(lambda: ALONG[language] in save.preview.text(), timeout=10_000)
    assert "3" in save.preview.text() and not save.message.text()
    # The receipt says the same counts: the preview was counted by the export's own steps.
    save.path.setText(str(tmp_path / "out.pdf"))
    save.password.setText(fx.PASSWORD)
    save.confirm.setText(fx.PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.receipt_page or bool(save.message.text()))
    assert wizard.currentPage() is wizard.receipt_page, save.message.text()
    assert RECEIPT[language] in wizard.receipt_page.text.text()
    wizard.accept()
    wait_ops(qtbot)


def test_nothing_going_along_is_not_said(unlocked_app: AppController, qtbot: Any) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2)
    auth = fx.add_auth(vault, chart.client_id, covers=["progress"])
    wizard = _to_save_page(unlocked_app, qtbot, chart.client_id, auth.id)
    said = wizard.save_page.preview.text()
    assert "2 progress notes" in said and "Along with" not in said and "amendment" not in said, said
    wizard.close()
    wait_ops(qtbot)


def test_the_preview_s_days_are_the_practice_s_on_spanish_screens(unlocked_app: AppController, qtbot: Any,
                                                                   spanish: None) -> None:
    """A US practice (the vault's en_US) writes month first on every screen, Spanish ones too: the
    preview's days are those of the wizard's own list of notes and of the chart, not day-first."""
    vault = unlocked_app.vault
    assert vault is not None
    client_id, auth_id = _disputed_chart(vault)
    wizard = _to_save_page(unlocked_app, qtbot, client_id, auth_id)
    first, last = fx.days_ago(90), fx.days_ago(30)
    said = wizard.save_page.preview.text()
    assert f"3 notas de evolución (del {show_date(first)} al {show_date(last)})" in said, said
    assert show_date(first) == f"{first.month:02d}/{first.day:02d}/{first.year}"
    listed = {wizard.what_page.items.topLevelItem(i).text(0) for i in range(wizard.what_page.items.topLevelItemCount())}
    assert show_date(first) in listed and show_date(last) in listed, listed
    assert re.search(r"\d\d/\d\d/\d{4}", said)
    wizard.close()
    wait_ops(qtbot)


WORDS = [
    (Described("progress", 2, addenda=3), "Along with these notes, as the law asks (45 CFR 164.526): 3 addenda.",
     "Junto con estas notas, como exige la ley (45 CFR 164.526): 3 adendas."),
    (Described("psychotherapy", 1, disputes=2, disagreements=1),
     "Along with these notes, as the law asks (45 CFR 164.526): 2 amendment requests denied, 1 statement of "
     "disagreement.",
     "Junto con estas notas, como exige la ley (45 CFR 164.526): 2 solicitudes de enmienda denegadas, 1 declaración "
     "de desacuerdo."),
    (Described("progress", 1, amendments=1, consent_copy=True),
     "Along with these notes, as the law asks (45 CFR 164.526): 1 amendment. With the file: a copy of the client's "
     "42 CFR Part 2 consent (42 CFR 2.32).",
     "Junto con estas notas, como exige la ley (45 CFR 164.526): 1 enmienda. Con el archivo: una copia del "
     "consentimiento del cliente según 42 CFR Part 2 (42 CFR 2.32)."),
    (Described("billing", 4), "", ""),
    # The measures are said by their own line on the page (SavePage._measures_words), not here.
    (Described("progress", 2, fields=("measures",), measures=3), "", ""),
]


@pytest.mark.parametrize(("facts", "english", "spanish"), WORDS, ids=[str(i) for i in range(len(WORDS))])
def test_what_goes_along_in_each_language(facts: Described, english: str, spanish: str, qapp: object) -> None:
    assert going_along_text(facts) == english
    assert i18n.install("es") == "es"
    try:
        assert going_along_text(facts) == spanish
    finally:
        i18n.install("en")


MEASURES_SAID = {
    2: "With them: 2 outcome measure results (PHQ-9, GAD-7) taken within these notes' dates, with their trend charts.",
    1: "With them: 1 outcome measure result (PHQ-9 or GAD-7) taken within these notes' dates, with its trend chart.",
    0: "None of the outcome measures asked for was taken within these notes' dates: none goes.",
}


MEASURES_SAID_ES = {
    2: "Con ellas: 2 resultados de escalas (PHQ-9, GAD-7) aplicadas entre las fechas de estas notas, con sus gráficos "
       "de evolución.",
    0: "Ninguna de las escalas solicitadas se aplicó entre las fechas de estas notas: no va ninguna.",
}


@pytest.mark.parametrize(("taken", "words"), [(2, "en"), (1, "en"), (0, "en"), (2, "es"), (0, "es")])
def test_the_measures_going_along_are_counted(unlocked_app: AppController, qtbot: Any, taken: int,
                                              words: str) -> None:
    """The outcome measures ticked to go: the page said "the outcome measures" even when none was
    taken within the notes' dates (the receipt then said none went); now counted as they go."""
    said = MEASURES_SAID[taken] if words == "en" else MEASURES_SAID_ES[taken]
    assert i18n.install(words) == words
    try:
        _measures_counted(unlocked_app, qtbot, taken, said)
    finally:
        i18n.install("en")


def _measures_counted(unlocked_app: AppController, qtbot: Any, taken: int, said: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2)  # notes 90 and 60 days ago
    # Within the notes' dates (90 to 60 days ago) `taken` of them; one after, which stays.
    for back in {2: (80, 70, 20), 1: (80, 20), 0: (20,)}[taken]:
        measures.record_measure(vault, chart.client_id, "phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], taken_on=fx.days_ago(back))
    auth = fx.add_auth(vault, chart.client_id, covers=["progress"])
    wizard = ExportWizard(unlocked_app, chart.client_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wait_ops(qtbot)
    wizard.what_page.with_measures.setChecked(True)
    wizard = _to_save_page(unlocked_app, qtbot, chart.client_id, auth.id, wizard)
    save = wizard.save_page
    qtbot.waitUntil(lambda: said in save.preview.text(), timeout=10_000)
    wizard.close()
    wait_ops(qtbot)
