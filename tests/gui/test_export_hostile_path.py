"""The export's Save to, typed carelessly (found typing hostile input into the real app):
"export.pdf" without its folder was written into whatever folder the app was started from, and
a path with a NUL, a name over 255 characters or "~someone" came back as "Something went
wrong". Each is said on the page; nothing is disclosed or written. Real vault, real gate."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_export_and_lock import PDF_PASSWORD, _chart_with_signed_note, _fill_what
from vault_app.gui.controller import AppController
from vault_app.services import authorizations, export

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("typed", "said"), [
    ("export.pdf", "whole path"),
    ("{drive}/ex\x00port.pdf", "control character"),
    ("{drive}/" + "a" * 300 + ".pdf", "too long"),
    ("~no-such-user-h9/export.pdf", "no user"),
])
def test_a_save_to_path_no_disk_can_take_is_said_and_nothing_is_disclosed(
        unlocked_app: AppController, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        typed: str, said: str) -> None:
    started_in, drive = tmp_path / "started-in", tmp_path / "drive"
    started_in.mkdir()
    drive.mkdir()
    monkeypatch.chdir(started_in)
    window = unlocked_app.main_window
    assert window is not None
    client_id = _chart_with_signed_note(unlocked_app, qtbot)
    dialog = window.chart.authorizations.add()
    fill_authorization(dialog, signed_scan(tmp_path))
    dialog.save()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    (auth,) = authorizations.list_authorizations(vault, client_id)
    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("authorization"))
    basis.form.authorization.setCurrentIndex(basis.form.authorization.findData(auth.id))
    basis.check()
    wait_ops(qtbot)
    wizard.next()
    save = wizard.save_page
    save.path.setText(typed.format(drive=drive))
    save.password.setText(PDF_PASSWORD)
    save.confirm.setText(PDF_PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    boxes = [b.text() for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
    assert boxes == [] and said in save.message.text(), (boxes, save.message.text())
    assert wizard.currentPage() is save and save.path.text() == typed.format(drive=drive)
    assert export.disclosures(vault) == []
    assert list(started_in.iterdir()) == [] and list(drive.iterdir()) == []
