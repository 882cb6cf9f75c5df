"""File choosers and Enter, found on the real app (fifteenth round): in Record an
authorization, after the scan was attached the keyboard stayed on "Attach the signed
scan…", and Enter (to record) opened the file chooser again. The export's "Choose…" (and
the other disclosure and billing screens' choosers) did the same to Enter meant for Export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import file_dialogs
from vault_app.gui.controller import AppController
from vault_app.services import authorizations

pytestmark = pytest.mark.gui


def test_enter_after_attaching_the_scan_records(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    scan = signed_scan(tmp_path)
    choosers: list[str] = []

    def chooser(_parent: object, caption: str, _directory: str, _filters: str = "") -> str:
        choosers.append(caption)  # the modal file chooser, answered as the therapist would
        return str(scan)

    monkeypatch.setattr(file_dialogs, "open_file", chooser)
    dialog = window.chart.authorizations.add()
    fill_authorization(dialog)
    dialog.activateWindow()
    dialog.scan_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.scan_button, timeout=10_000)
    qtbot.keyClick(dialog.scan_button, Qt.Key.Key_Space)  # Space attaches
    assert len(choosers) == 1 and dialog.scan_path == scan
    assert QApplication.focusWidget() is dialog.scan_button
    qtbot.keyClick(dialog.scan_button, Qt.Key.Key_Return)  # Enter records, no second chooser
    wait_ops(qtbot)
    assert len(choosers) == 1
    assert dialog.message.text() == "", dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    (auth,) = authorizations.list_authorizations(vault, client_id)
    assert auth.recipient_name == "Dr. Receiving Psychiatrist"


GUI = Path(__file__).resolve().parents[2] / "vault_app" / "gui"
# The disclosure and billing screens, the backups, the first run's backup page, the
# destruction's basis and the import's source.
CHOOSERS = ("auth_dialog.py", "export_save_pages.py", "open_export_dialog.py", "accounting_dialog.py",
            "access_copy_dialog.py", "account_bills.py", "backups.py", "create_wizard_backup.py",
            "destruction_basis.py", "import_source.py", "create_wizard_choices.py", "restore_dialog.py")


@pytest.mark.parametrize("name", CHOOSERS)
def test_no_file_chooser_button_takes_enter(name: str) -> None:
    """Each "Choose…", "Browse…" or "Attach…" button of these screens leaves Enter to the
    dialog's main action (the keyboard is on it once the file is chosen): it is made by
    widgets.chooser_button, not by a QPushButton told one by one."""
    import re

    source = (GUI / name).read_text(encoding="utf-8").replace("&", "")  # a mnemonic's & is not a word's
    assert re.search(r"= chooser_button\(self\.tr\(\"(?:Choose|Browse|Attach)[^\"]*…\"\)\)", source), name


def test_every_choose_browse_attach_button_of_the_app_is_a_chooser_button() -> None:
    import re

    made_by_hand = [(path.name, text) for path in sorted(GUI.glob("*.py"))
                    for text in re.findall(r"QPushButton\((?:self\.tr\()?\"((?:Choose|Browse|Attach)[^\"]*…)\"",
                                           path.read_text(encoding="utf-8").replace("&", ""))]
    assert made_by_hand == []


def test_a_chooser_button_never_takes_enter(qtbot) -> None:
    from vault_app.gui.widgets import chooser_button

    button = chooser_button("Choose…")
    qtbot.addWidget(button)
    assert not button.autoDefault() and not button.isDefault() and button.text() == "Choose…"


def test_enter_after_choosing_the_export_file_exports(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QPushButton

    from tests.gui.test_export_and_lock import _chart_with_signed_note, _fill_what
    from vault_app.services import export

    window = unlocked_app.main_window
    assert window is not None
    _chart_with_signed_note(unlocked_app, qtbot)
    out = tmp_path / "to-dr-ortega.pdf"
    choosers: list[str] = []

    def chooser(_parent: object, caption: str, _path: str, _filters: str = "") -> str:
        choosers.append(caption)
        return str(out)

    monkeypatch.setattr(file_dialogs, "save_file", chooser)
    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("treatment"))
    basis.form.set_value("recipient_is", "provider")
    basis.form.set_value("provider_role", "psychiatrist")
    basis.check()
    wait_ops(qtbot)
    wizard.next()
    page = wizard.save_page
    page.password.setText("send-by-phone-42")
    page.confirm.setText("send-by-phone-42")
    (browse,) = [b for b in page.findChildren(QPushButton) if b.text().replace("&", "") == "Choose…"]
    wizard.activateWindow()
    browse.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browse, timeout=10_000)
    qtbot.keyClick(browse, Qt.Key.Key_Space)
    assert page.path.text() == str(out)
    qtbot.keyClick(browse, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert len(choosers) == 1
    qtbot.waitUntil(out.exists, timeout=20_000)
    vault = unlocked_app.vault
    assert vault is not None
    assert len(export.disclosures(vault)) == 1
