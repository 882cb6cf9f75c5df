"""The complete open export window says what it carries beside the notes, counted, before anything is
typed and in its result: the amendments and addenda, the amendment requests denied with the client's
statement of disagreement, the notices of closure sent (found by the round's brief: it said nothing of
the disputes, format 5, nor counted the notices of closure, format 4). English and Spanish, real
widgets, a real vault and a real export."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.closure_notice import checked_details
from vault_app.gui.controller import AppController
from vault_app.gui.open_export_dialog import OpenExportDialog
from vault_app.services import closure_notice, notes, request_amendments, requests

pytestmark = pytest.mark.gui

SAID = {
    "en": ("2 signed progress notes", "with 1 amendment, 2 addenda, 1 amendment request denied, "
           "1 statement of disagreement", "1 notice of closure sent", "statement of disagreement"),
    "es": ("2 notas de evolución firmadas", "con 1 enmienda, 2 adendas, 1 solicitud de enmienda denegada, "
           "1 declaración de desacuerdo", "1 aviso de cierre enviado", "declaración de desacuerdo"),
}


def _chart(app: AppController, folder: Path) -> str:
    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    chart = fx.make_chart(vault, n=2)
    notes.amend_note(vault, chart.progress[0], "Corrected the date.", kind="amendment", reason="wrong date")
    notes.amend_note(vault, chart.progress[0], "Client called after the session.")
    notes.amend_note(vault, chart.progress[1], "Follow-up call.")
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(20),
                             note_ids=(chart.progress[1],), description="Please remove it")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"], decided_on=fx.days_ago(15),
                          explanation="The note says what was observed")
    request_amendments.file_disagreement(vault, q.id, text="I disagree.", received_on=fx.days_ago(10))
    details = checked_details(fx.today() + timedelta(days=40), "Dr. Sam Rivera, PsyD", "555-0199, 2 Oak St",
                              on=fx.today())
    closure_notice.write_one(vault, chart.client_id, details, folder / "notice.pdf", password=fx.PASSWORD)
    return chart.client_id


def test_the_window_counts_what_goes_and_what_went(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                   language: str) -> None:
    client_id = _chart(unlocked_app, tmp_path)
    auth = fx.add_auth(unlocked_app.vault, client_id, covers=["progress", "billing"])  # type: ignore[arg-type]
    dialog = OpenExportDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    notes_said, carried, letters, disagreement = SAID[language]
    counted = dialog.counts.text()
    assert dialog.counts.isVisible()
    assert notes_said in counted and carried in counted and letters in counted, counted
    about = [label.text() for label in dialog.findChildren(QLabel) if "PDF" in label.text() and "JSON" in label.text()]
    assert about and disagreement in about[0], "the window's description names the disputes"
    dialog.basis.authorization.setCurrentIndex(dialog.basis.authorization.findData(auth.id))
    dialog.path.setText(str(tmp_path / "chart.pdf"))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD)
    dialog.export_button.click()
    wait_ops(qtbot)
    said = dialog.result_label.text()
    assert (tmp_path / "chart.pdf").exists(), dialog.error.text()
    assert carried in said and letters in said, said
    dialog.close()


def test_a_chart_without_them_says_only_its_notes(unlocked_app: AppController, qtbot: Any) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    dialog = OpenExportDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    assert dialog.counts.text() == "From this chart now: 1 signed progress note."
    dialog.close()
