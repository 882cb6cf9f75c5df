"""Record an authorization the client signed while a minor under the practice's age of consent:
the window says what to check before recording (found in the real app: a 17-year-old's own
signature was recorded as valid without a word; only the CLI printed the warning)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import authorizations, clients

pytestmark = pytest.mark.gui


def _dialog(app: AppController, qtbot, tmp_path: Path, date_of_birth: str):  # type: ignore[no-untyped-def]
    window, vault = app.main_window, app.vault
    assert window is not None and vault is not None
    client = clients.create_client(vault, "Milo Youngsigner", date_of_birth=date_of_birth)
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert dialog is not None
    scan = signed_scan(tmp_path)
    fill_authorization(dialog, scan, description="Progress notes from 2026", recipient="Dr. School Psychologist",
                       purpose="coordination of care", signer="Milo Youngsigner")
    return dialog, client.client_id


def _seventeen() -> str:
    today = date.today()
    return date(today.year - 17, 1, 1).isoformat() if today.month > 1 else date(today.year - 18, 3, 1).isoformat()


def test_a_minor_signing_alone_is_asked_about_first(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    dialog, client_id = _dialog(unlocked_app, qtbot, tmp_path, _seventeen())
    dialog.save_button.click()
    wait_ops(qtbot)
    assert "under your age of consent" in dialog.message.text()
    assert "164.502(g)(3)" in dialog.message.text()
    assert dialog.save_button.text() == "Record anyway"
    assert authorizations.list_authorizations(vault, client_id) == [], "nothing recorded before the answer"
    assert dialog.isVisible()
    dialog.save_button.click()  # read, and recorded anyway
    wait_ops(qtbot)
    assert len(authorizations.list_authorizations(vault, client_id)) == 1
    assert not dialog.isVisible()


def test_a_changed_signer_takes_the_question_back(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    dialog, client_id = _dialog(unlocked_app, qtbot, tmp_path, _seventeen())
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.save_button.text() == "Record anyway"
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("personal_representative"))
    assert dialog.save_button.text() == "Record authorization" and dialog.message.text() == ""
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("client"))
    dialog.save_button.click()  # the client again: asked again, not recorded on the old answer
    wait_ops(qtbot)
    assert "under your age of consent" in dialog.message.text()
    assert authorizations.list_authorizations(vault, client_id) == []
    dialog.reject()
    wait_ops(qtbot)


def test_an_adult_signing_is_recorded_at_once(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    dialog, client_id = _dialog(unlocked_app, qtbot, tmp_path, "1980-02-03")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.message.text() == ""
    assert len(authorizations.list_authorizations(vault, client_id)) == 1
