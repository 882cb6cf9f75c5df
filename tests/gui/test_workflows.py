"""Every menu workflow opens on a real vault and does its job: dashboard, requests, holds, accounting,
manual disclosure, settings, about."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from tests.backup_folder_files import backup_folder_names
from tests.core.request_recorded_then import recorded_then
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import export, holds, requests

pytestmark = pytest.mark.gui


def _open(window, key: str) -> QDialog:
    before = set(window.findChildren(QDialog))
    window.menu_actions[key].trigger()
    new = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
    assert new, f"{key} opened no dialog"
    return new[-1]


def test_dashboard_shows_real_counts(unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    recorded_then(monkeypatch, date(2020, 1, 2))  # recorded the day it came, long ago
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    requests.add_request(vault, client_id, kind="access", received_on="2020-01-02")
    window.show_dashboard()
    wait_ops(qtbot)
    cards = window.dashboard.cards
    assert cards["requests"].value.text() == "1 overdue"
    assert "OVERDUE" in cards["requests"].detail.text()
    assert cards["ledger"].value.text().endswith("entries")
    window.dashboard.verify_ledger()
    wait_ops(qtbot)
    assert "Fully verified" in cards["ledger"].detail.text()


def test_request_extension_and_letter(unlocked_app: AppController, qtbot, monkeypatch) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    from vault_app.services import practice

    assert unlocked_app.vault is not None
    practice.update(unlocked_app.vault, practice_name="Calm Practice", phone="555-0100")
    tab = window.chart.requests
    window.chart.tabs.setCurrentWidget(tab)
    dialog = tab.add()
    dialog.description.setText("copy of all progress notes")
    dialog.save()
    wait_ops(qtbot)
    assert tab.tree.topLevelItemCount() == 1
    from vault_app.gui.requests_dialog import RequestDetailDialog

    detail = RequestDetailDialog(unlocked_app, tab.tree.topLevelItem(0).data(0, 256), parent=window)
    wait_ops(qtbot)
    assert "Due" in detail.summary.text()
    monkeypatch.setattr("vault_app.gui.requests_dialog.QInputDialog.getText",
                        lambda *a, **k: ("records are in off-site storage", True))
    detail.extend()
    wait_ops(qtbot)
    assert "extended" in detail.summary.text()
    assert "records are in off-site storage" in detail.letters.toPlainText()
    assert not detail.extend_button.isEnabled(), "only one extension is allowed"


def test_hold_blocks_destruction(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    dialog = _open(window, "holds")
    dialog.reason.setCurrentIndex(dialog.reason.findData("subpoena"))
    dialog.details.setText("Case 24-CV-001")
    dialog.place()
    wait_ops(qtbot)
    assert dialog.tree.topLevelItemCount() == 1
    vault = unlocked_app.vault
    assert vault is not None
    assert holds.active_holds(vault, client_id)
    wizard = window.chart.start_destruction()
    wait_ops(qtbot)
    assert "legal hold" in wizard.eligibility_page.text.text()


def test_accounting_and_manual_disclosure(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    tab = window.chart.disclosures
    manual = tab.record_manual()
    wait_ops(qtbot)
    manual.kind.setCurrentIndex(manual.kind.findData("progress"))
    manual.recipient.setText("Child protective services hotline")
    manual.purpose.setText("mandatory child abuse report")
    manual.description.setText("report of suspected abuse, no notes sent")
    form = manual.basis
    form.basis.setCurrentIndex(form.basis.findData("required_by_law"))
    form.set_value("law_kind", "child_abuse_report")
    form.set_value("agency", "County CPS")
    manual.save()
    wait_ops(qtbot)
    assert manual.message.text() == "", manual.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    (record,) = export.disclosures(vault, client_id)
    assert record.manual

    dialog = _open(window, "accounting")
    out = tmp_path / "accounting.pdf"
    dialog.path.setText(str(out))
    dialog.password.setText("accounting-pass-1")
    dialog.confirm.setText("accounting-pass-1")  # typed twice, as the dialog asks
    dialog.produce()
    wait_ops(qtbot)
    assert out.read_bytes().startswith(b"%PDF")
    assert "Saved" in dialog.result_label.text()


def test_settings_about_shortcuts_and_lists_open(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    settings = _open(window, "settings")
    wait_ops(qtbot)
    settings.lock_minutes.setValue(7)
    settings.profile["clinician_name"].setText("Dr. Calm")
    settings.save()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert vault.header.settings["auto_lock_minutes"] == 7
    assert unlocked_app.idle.lock_seconds == 7 * 60
    window.chart.tabs.setCurrentWidget(window.chart.decisions)
    wait_ops(qtbot)
    assert window.chart.decisions.list is not None
    for key in ("about", "shortcuts", "requests", "eligible", "decisions"):
        dialog = _open(window, key)
        wait_ops(qtbot)
        dialog.reject()


def test_backup_now_verify_and_dashboard(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert "none yet" in dialog.summary.text()
    target = tmp_path / "usb-drive"
    target.mkdir()
    dialog.target.setText(str(target))
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)
    # A new vault's default kind: a dated snapshot in a backup repository in that folder.
    assert "Dated backup snap-" in dialog.result_label.text(), dialog.result_label.text()
    assert backup_folder_names(target) == ["chunks", "snapshots", "vault-app-repository.json"]
    assert len(list((target / "snapshots").glob("snap-*"))) == 1
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).text(3) == "verified"
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.verify_selected()
    wait_ops(qtbot, timeout=60_000)
    assert "is intact" in dialog.result_label.text()
    dialog.reject()
    window.show_dashboard()
    wait_ops(qtbot)
    assert window.dashboard.cards["backup"].value.text() == "today"
