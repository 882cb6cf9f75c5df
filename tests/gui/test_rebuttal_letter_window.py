"""After the rebuttal is recorded in the request's window, its Letters list and "Save a letter
as PDF…" offer the copy the client must be given (45 CFR 164.526(d)(3)); they offered the
denial alone (fifty-second round's walk of the real app, finding 2). Real vault, real PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.request_letter_save import LetterSaveDialog
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import practice, request_amendments, requests

pytestmark = pytest.mark.gui


def test_the_rebuttal_recorded_in_the_window_is_a_letter_to_save(unlocked_app: AppController, qtbot: Any,
                                                                 tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=chart.progress[:1], description="the date of my move is wrong")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    request_amendments.file_disagreement(vault, q.id, text="The move was in March.", received_on=fx.days_ago(1))
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: len(detail.letter_list) == 1, timeout=10_000)  # the denial
    assert detail.disagreement.rebuttal_button.isEnabled()
    rebut = detail.disagreement.ask_rebuttal()
    rebut.text.setPlainText("The intake form REBUTTALMARKER gives May.")
    rebut.record_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(detail.letter_list) == 2, timeout=10_000)
    assert detail.letter_list[-1][1].startswith("Rebuttal"), detail.letter_list
    assert "REBUTTALMARKER" in detail.letters.toPlainText()
    dialog = LetterSaveDialog(unlocked_app, q.id, detail.letter_list)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.letter.currentText().startswith("Rebuttal")  # the newest, offered first
    dialog.path.setText(str(tmp_path / "rebuttal.pdf"))
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    text = " ".join(" ".join(fx.pdf_text(tmp_path / "rebuttal.pdf")).split())
    assert text.startswith("Oakes Therapy") and "REBUTTALMARKER" in text and "164.526(d)(3)" in text, text
    dialog.close()
    detail.close()
    wait_ops(qtbot)
