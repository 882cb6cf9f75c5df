"""The copy's window on the walker's path (walk-close, finding 3), in Spanish: an unsigned draft
is asked about before anything is written (by its date, never its text), and left out on the
answer; a part an earlier try gave is said and not made again. Real vault, real widgets, real PDFs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.core import disclosure_fixtures as fx
from tests.core.test_access_copy_retry import _billing_given_first
from tests.gui.conftest import wait_ops
from tests.gui.test_access_copy import _open_request
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.controller import AppController
from vault_app.services import export, notes, requests

pytestmark = pytest.mark.gui


def _dialog(detail: Any, folder: Path) -> AccessCopyDialog:
    dialog = detail.grant()
    assert isinstance(dialog, AccessCopyDialog)
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD)
    dialog.folder.setText(str(folder))
    return dialog


def test_a_draft_is_asked_about_first_and_left_out(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                   spanish: None) -> None:
    detail, rid, chart = _open_request(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    draft = notes.create_progress_note(vault, chart.client_id, template="soap", note_date=fx.days_ago(2),
                                       sections={"subjective": "DRAFTMARKER unfinished."}).note_id
    dialog = _dialog(detail, tmp_path)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: getattr(dialog, "drafts_box", None) is not None and dialog.drafts_box.isVisible())
    box: QMessageBox = dialog.drafts_box
    said = box.text() + box.informativeText()
    assert "borrador" in said.lower() and "DRAFTMARKER" not in said
    assert list(tmp_path.glob("*.pdf")) == []  # nothing written before the answer
    leave = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    leave.click()
    qtbot.waitUntil(lambda: requests.get_request(vault, rid).status == "granted", timeout=20_000)
    wait_ops(qtbot)
    q = requests.get_request(vault, rid)
    assert q.given is not None and q.given.drafts_left_out == (draft,)
    (progress,) = [r for r in export.disclosures(vault, chart.client_id) if r.kind == "progress"]
    assert draft not in progress.item_ids


def test_a_part_given_earlier_is_said_and_not_made_again(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                         spanish: None) -> None:
    detail, rid, chart = _open_request(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    billing = _billing_given_first(vault, chart.client_id, rid, tmp_path)
    dialog = _dialog(detail, tmp_path)
    qtbot.waitUntil(lambda: dialog.given_label.isVisibleTo(dialog))
    assert "Ya entregado" in dialog.given_label.text() and billing.name in dialog.given_label.text()
    assert "información de facturación" in dialog.given_label.text()
    dialog.make_button.click()
    qtbot.waitUntil(lambda: requests.get_request(vault, rid).status == "granted", timeout=20_000)
    wait_ops(qtbot)
    assert [r.kind for r in export.disclosures(vault, chart.client_id)] == ["billing", "progress"]
    # The request's window lists the parts given, and when.
    qtbot.waitUntil(lambda: "Partes de la copia entregadas" in detail.given_parts.text(), timeout=10_000)
    assert "información de facturación" in detail.given_parts.text()
    assert "notas de evolución" in detail.given_parts.text()


def test_a_retry_for_a_representative_gives_the_part_again_and_says_to_whom(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, spanish: None) -> None:
    """Found by a reader: the client's own billing copy counted as given when the retry went to
    their representative. Now the part is made again for them, the result says why, and the
    request's window lists each part with who received it."""
    from vault_app.services import guardians

    detail, rid, chart = _open_request(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    agent = guardians.add_guardian(vault, chart.client_id, "Pat Agent", authority="health_care_agent")
    first = tmp_path / "first"
    first.mkdir()
    _billing_given_first(vault, chart.client_id, rid, first)
    dialog = _dialog(detail, tmp_path)
    qtbot.waitUntil(lambda: dialog.recipient.findData(agent.guardian_id) >= 0)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(agent.guardian_id))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: requests.get_request(vault, rid).status == "granted", timeout=20_000)
    wait_ops(qtbot)
    assert "otro destinatario" in dialog.outcome.text() and "información de facturación" in dialog.outcome.text()
    logged = [(r.kind, r.extra.get("guardian_id")) for r in export.disclosures(vault, chart.client_id)]
    assert logged == [("billing", None), ("progress", agent.guardian_id), ("billing", agent.guardian_id)]
    qtbot.waitUntil(lambda: "Pat Agent" in detail.given_parts.text(), timeout=10_000)
    assert detail.given_parts.text().count("información de facturación") == 2
    # who received each, in the screen's language (not the ledger's English "health care agent")
    assert "información de facturación, al cliente" in detail.given_parts.text()
    assert "a Pat Agent el" in detail.given_parts.text() and "health care" not in detail.given_parts.text()
