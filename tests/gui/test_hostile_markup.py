"""Markup typed into a form is shown as the characters typed, never drawn as markup: a name,
a folder or a reason with "<b>", "<img src=...>" or "<a href=file:///etc/passwd>" in it, in
the message boxes and labels that show it again (found in the real app: a client named
"<b>Evil</b> <a href=file:///etc/passwd>link</a>" was drawn bold with a live link).
Real Qt widgets (offscreen), real vaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.markup_check import HOSTILE, MARK, boxes_as_markup, read_as_markup
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog, RestoreDialog
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.confirm import confirm, notice
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


def _visible_box(qtbot: object, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)  # type: ignore[attr-defined]
    return found[0]


def test_a_name_with_markup_in_the_duplicate_client_question_is_text(unlocked_app: AppController, qtbot) -> None:
    name = f"{HOSTILE} Quill"
    unlocked_app.op(None, lambda v: clients.create_client(v, name, date_of_birth="1980-02-03")).run()
    wait_ops(qtbot)
    window = unlocked_app.main_window
    assert window is not None
    window.client_list.new_client()
    dialog = next(d for d in window.findChildren(ClientDialog) if d.isVisible())
    dialog.legal_name.setText(name)
    dialog.date_of_birth.setText("1980-02-03")
    dialog.save_button.click()
    wait_ops(qtbot)
    box = _visible_box(qtbot, "duplicateClientBox")
    assert name in box.informativeText()  # said, as typed
    assert boxes_as_markup() == []


def test_confirmations_and_notices_show_what_they_quote_as_text(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = confirm(parent, "Discharge?", f"Discharge {HOSTILE}?", [f"Client: {HOSTILE}"], "Discharge",
                    lambda: None, warnings=[HOSTILE])
    told = notice(parent, "hostileNotice", "Stopped", f"{HOSTILE} was not saved", HOSTILE)
    assert asked.isVisible() and told.isVisible()
    assert read_as_markup(asked) == [] and read_as_markup(told) == []


def test_a_backup_folder_with_markup_in_its_name_is_shown_as_text(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    unlocked_app.op(None, lambda v: clients.create_client(v, "Folder Fictional", date_of_birth="1970-07-07")).run()
    wait_ops(qtbot)
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    # A folder anyone may name so: "<b>Bold</b>" is the folder "<b>Bold<" and in it "b>".
    folder = tmp_path / f"{MARK} copies"
    dialog.save_single_file_copy(folder)
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    assert str(folder) in dialog.result_label.text(), dialog.result_label.text()
    assert read_as_markup(dialog) == []
    (made,) = folder.glob("*.vaultbackup")
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.restore_selected()
    restore = dialog.findChild(RestoreDialog)
    assert restore is not None and restore.path == made
    assert read_as_markup(restore) == []
    restore.passphrase.setText(PASSPHRASE)
    restore.folder.setText(str(tmp_path / f"{MARK} restored"))
    restore.restore()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    assert not restore.isVisible(), restore.message.text()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert MARK in box.text()
    assert boxes_as_markup() == []


def test_an_error_that_quotes_what_was_typed_shows_it_as_text(qtbot) -> None:
    from vault_app.domain.errors import InvalidInput
    from vault_app.gui.background import show_error

    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, InvalidInput(f"The folder {HOSTILE} cannot be written to.", hint=f"Choose {HOSTILE}."))
    box = _visible_box(qtbot, "errorDialog")
    assert MARK in box.text() and MARK in box.informativeText()
    assert boxes_as_markup() == []


def test_a_minor_s_authorization_form_shows_names_with_markup_as_text(unlocked_app: AppController, qtbot) -> None:
    """The form's header (name and chart, on every chart-bound form) and its proposed signer."""
    from vault_app.gui.auth_dialog import AuthorizationDialog
    from vault_app.gui.disclosure_tabs import AuthorizationsTab
    from vault_app.services import guardians

    def make(v: object) -> str:
        client = clients.create_client(v, f"{HOSTILE} Quill", date_of_birth="2015-02-03")  # type: ignore[arg-type]
        guardians.add_guardian(v, client.client_id, f"{HOSTILE} Parent", authority="parent")  # type: ignore[arg-type]
        return client.client_id

    made: list[str] = []
    unlocked_app.op(None, make).success(made.append).run()
    wait_ops(qtbot)
    window = unlocked_app.main_window
    assert window is not None
    window.open_chart(made[0])
    wait_ops(qtbot)
    tab = next(t for t in window.chart.findChildren(AuthorizationsTab))
    dialog = tab.add()
    wait_ops(qtbot)
    assert isinstance(dialog, AuthorizationDialog)
    qtbot.waitUntil(lambda: MARK in dialog.signer_note.text(), timeout=5000)
    assert read_as_markup(dialog) == []


def test_the_chart_shows_names_and_the_plan_with_markup_as_text(unlocked_app: AppController, qtbot) -> None:
    """The chart's heading, its Overview (name, goes-by, guardians, the plan) and the client
    list's tooltip: found on the real app, a name "<a href=file:///etc/passwd>link</a>" was a
    live link on the Overview and the heading drew it bold."""
    from vault_app.gui.chart_tabs import OverviewTab
    from vault_app.services import guardians, plans

    def make(v: object) -> str:
        client = clients.create_client(v, f"{HOSTILE} Quill", date_of_birth="2015-02-03",  # type: ignore[arg-type]
                                       preferred_name=HOSTILE)
        guardians.add_guardian(v, client.client_id, f"{HOSTILE} Parent", authority="parent")  # type: ignore[arg-type]
        plans.update_plan(v, client.client_id, problems=HOSTILE)  # type: ignore[arg-type]
        return client.client_id

    made: list[str] = []
    unlocked_app.op(None, make).success(made.append).run()
    wait_ops(qtbot)
    window = unlocked_app.main_window
    assert window is not None
    window.open_chart(made[0])
    wait_ops(qtbot)
    overview = next(iter(window.chart.findChildren(OverviewTab)))
    qtbot.waitUntil(lambda: MARK in overview.fields["guardians"].text(), timeout=5000)
    for key in ("name", "guardians", "problems"):
        assert MARK in overview.fields[key].text(), key  # shown, as typed
    assert MARK in window.chart.header.text()
    assert read_as_markup(window.chart) == []
    for index in range(window.chart.tabs.count()):  # every tab, as each fills in what it shows
        window.chart.tabs.setCurrentIndex(index)
        wait_ops(qtbot)
        assert read_as_markup(window.chart) == [], window.chart.tabs.tabText(index)
    window.client_list.refresh()
    wait_ops(qtbot)
    tips = [window.client_list.tree.topLevelItem(i).toolTip(0)
            for i in range(window.client_list.tree.topLevelItemCount())]
    hostile = [t for t in tips if "Bold" in t]
    assert hostile and all(MARK not in t and "&lt;b&gt;Bold&lt;/b&gt;" in t for t in hostile), tips
