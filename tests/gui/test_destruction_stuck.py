"""A destruction that stops at a backup drive that cannot be written, as the therapist sees it in
the app (2026-12-04). Found: the wizard's hint named `vault-app destruction resume` and
`destruction purge-backups`; Records > Destructions said only "interrupted: finishes at the next
unlock"; and the chart stayed in the client list with "Destroy permanently" clickable again.

Now the wizard says why and what to do in the app's terms, cannot be confirmed again and clears
the chart (its records are already deleted); the Destructions window says the same reason and
finishes it (Finish now, the service `destruction resume` runs) once the drive can be written; a
backup that was not reachable then is purged there once its drive is back (Purge the backups now).

The drive is read-only for real: a read-only bind mount of the folder when the tests run as root
(root writes through permission bits; tests/core/test_read_only_backup_drive.py mounts in a
namespace of its own, which a process with Qt's threads cannot enter), else its folders'
write permission taken away."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from tests.gui.test_destruction_running import _ready_wizard
from vault_app.domain.errors import NotFound
from vault_app.gui.controller import AppController
from vault_app.gui.destructions_dialog import DestructionsDialog
from vault_app.services import backup_repo, clients, destruction, destruction_plan
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Callable[[Path, bool], None]]:
    """`read_only(folder, True)` makes the folder's drive read-only, `(folder, False)` writable again."""
    mounted: list[Path] = []
    modes: dict[Path, int] = {}

    def make(folder: Path, on: bool) -> None:
        if os.geteuid() == 0:
            if on:
                done = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True, check=False)
                if done.returncode != 0:
                    pytest.skip("running as root where mount is refused: no way to make a folder read-only here")
                mounted.append(folder)
                subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
            else:
                subprocess.run(["umount", str(folder)], check=True)
                mounted.remove(folder)
            return
        for d in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
            if on:
                modes[d] = d.stat().st_mode
                d.chmod(0o500)
            else:
                d.chmod(modes.pop(d))

    yield make
    for folder in reversed(mounted):
        subprocess.run(["umount", str(folder)], check=False)
    for d, mode in modes.items():
        d.chmod(mode)


def _stuck(app: AppController, qtbot: Any, tmp_path: Path,
           read_only: Callable[[Path, bool], None]) -> tuple[Any, str, str, Path]:
    """The wizard's destruction run with its backup repository on a read-only drive, stopped."""
    wizard, chart_number = _ready_wizard(app, qtbot, tmp_path, backups=0)
    vault = app.vault
    assert vault is not None
    drive = tmp_path / "drive"
    backup_repo.create_incremental(vault, drive, rotate_old=False)
    client_id = wizard.client_id
    read_only(drive, True)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.confirm_page.stopped and not wizard.confirm_page.busy, timeout=120_000)
    wait_ops(qtbot)
    return wizard, chart_number, client_id, drive


def _rows(dialog: DestructionsDialog) -> list[list[str]]:
    tree = dialog.tree
    return [[item.text(c) for c in range(tree.columnCount())]
            for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount())) if item is not None]


def test_a_stopped_destruction_says_why_in_the_app_s_terms_and_is_finished_there(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, read_only: Callable[[Path, bool], None]) -> None:
    app = unlocked_app
    window = window_of(app)
    wizard, chart_number, client_id, drive = _stuck(app, qtbot, tmp_path, read_only)
    page = wizard.confirm_page

    # The wizard: why, and what to do in the app; nothing to confirm again.
    said = " ".join(page.message.text().split())
    assert f"could not be purged from the backups in {drive}: that drive is read-only" in said
    assert "choose Finish now in Records > Destructions and certificates" in said
    # No command line named ("vault-app " and a command; the folder's path may hold "vault-app-tests").
    assert "Purge the backups now" in said and "vault-app " not in said
    assert "can no longer be opened, changed or destroyed again" in page.text.text()
    assert page.title() == "The destruction is not finished"
    assert page.confirm.isHidden()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    close = wizard.button(QWizard.WizardButton.CancelButton)
    assert close.isEnabled() and close.text() == "Close"
    # The chart is gone from the list and from the chart view (its records are deleted already),
    # and the core refuses it: nothing to open, nothing to destroy a second time.
    assert window.client_list.tree.topLevelItemCount() == 0
    assert window.chart.client_id is None
    assert "Records > Destructions and certificates says why" in window.status_label.text()
    assert [c.client_id for c in clients.list_clients(app.vault)] == []  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        clients.read_chart(app.vault, client_id)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        destruction_plan.plan(app.vault, client_id, basis="override", confirm=chart_number,  # type: ignore[arg-type]
                              override_reason="Duplicate chart created in error during intake")
    close.click()

    # Records > Destructions: the same reason, and Finish now.
    dialog = window.open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    (row,) = _rows(dialog)
    assert row[1] == chart_number and row[5] == "interrupted: finishes at the next unlock"
    why = " ".join(dialog.why.text().split())
    assert f"could not be purged from the backups in {drive}: that drive is read-only" in why
    assert "vault-app " not in why and not dialog.why.isHidden()
    assert dialog.act_button.text().replace("&", "") == "Finish now" and not dialog.act_button.isHidden()
    assert not dialog.save_button.isEnabled()
    # While a destruction runs (the wizard's, listed as interrupted until it ends) nothing resumes beside it.
    holder = QObject()
    app.destruction_begins(holder)
    dialog.load()
    wait_ops(qtbot)
    assert dialog.act_button.isHidden()
    assert dialog.why.text() == "A destruction is running now; this list shows it finished once it ends."
    app.destruction_ends()
    dialog.load()
    wait_ops(qtbot)
    assert not dialog.act_button.isHidden()

    # Still read-only: Finish now tries, and says so.
    dialog.act_button.click()
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: dialog.saved.text() != "", timeout=60_000)
    wait_ops(qtbot)  # the list read again (its purge ran beside the worker, which wait_ops does not see)
    assert dialog.saved.text() == "The destruction is still not finished."
    assert _rows(dialog)[0][5] == "interrupted: finishes at the next unlock"
    assert f"backups in {drive}" in dialog.why.text()
    assert not app.destruction_running

    # The drive writable again: Finish now finishes it, and its certificate can be saved.
    read_only(drive, False)
    dialog.act_button.click()
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: _rows(dialog)[0][5] == "completed", timeout=120_000)
    # (then what became of the new backup it makes once it purged them: test_finish_now_backup_after.py)
    assert dialog.saved.text().startswith("The destruction is finished; its signed certificate can be saved now.")
    assert dialog.save_button.isEnabled() and dialog.act_button.isHidden() and dialog.why.isHidden()
    vault = app.vault
    assert vault is not None
    assert [d["state"] for d in destruction.list_destructions(vault)] == ["completed"]
    dialog.reject()


def test_the_stopped_destruction_speaks_spanish(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, read_only: Callable[[Path, bool], None],
        spanish: None) -> None:
    app = unlocked_app
    window = window_of(app)
    wizard, _chart_number, _client_id, drive = _stuck(app, qtbot, tmp_path, read_only)
    page = wizard.confirm_page
    said = " ".join(page.message.text().split())
    assert f"No se pudo purgar el expediente destruido de las copias de {drive}: esa unidad es de solo lectura" in said
    assert "Registros > Destrucciones y certificados" in said and "Terminar ahora" in said
    assert "Purgar ahora las copias" in said and "vault-app " not in said
    assert "ya no se puede abrir, cambiar ni destruir de nuevo" in page.text.text()
    assert page.title() == "La destrucción no ha terminado"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Cerrar"
    wizard.button(QWizard.WizardButton.CancelButton).click()

    dialog = window.open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    assert str(drive) in dialog.why.text() and "Terminar ahora" in dialog.why.text()
    assert dialog.act_button.text().replace("&", "") == "Terminar ahora"
    dialog.reject()


def test_a_backup_not_reachable_then_is_purged_once_its_drive_is_back(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    """The other way the hint offers: the drive disconnected, the destruction finishes without
    it; connected again, Purge the backups now purges it (the app did not, nor any unlock)."""
    app = unlocked_app
    vault = app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Unplugged Drivechart").client_id
    chart_number = clients.get_client(vault, client_id).chart_number
    drive, away = tmp_path / "drive", tmp_path / "drive-unplugged"
    backup_repo.create_incremental(vault, drive, rotate_old=False)
    drive.rename(away)  # the drive is not connected

    def destroy(v: Vault) -> None:
        destruction.destroy(v, client_id, basis="override", confirm=chart_number,
                                 override_reason="Duplicate chart created in error during intake")

    vault.unlock_psychotherapy(PASSPHRASE)
    app.op(None, destroy).run()
    wait_ops(qtbot, timeout=120_000)
    shutil.move(str(away), str(drive))  # connected again

    dialog = window_of(app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    assert _rows(dialog)[0][5] == "completed"
    assert dialog.act_button.text().replace("&", "") == "Purge the backups now" and not dialog.act_button.isHidden()
    # The purge deletes the chart's psychotherapy notes from the backup too: unlocked here first.
    assert not dialog.act_button.isEnabled() and not dialog.psy_row.isHidden()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock_button.click()
    wait_ops(qtbot)
    assert app.psychotherapy_open and dialog.psy_row.isHidden() and dialog.act_button.isEnabled()
    assert " ".join(dialog.why.text().split()) == (
        "1 registered backup was not reachable when the chart was destroyed (its drive was not connected) and "
        "still holds it. Connect that drive, then choose Purge the backups now.")
    dialog.act_button.click()
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: dialog.saved.text() != "", timeout=60_000)
    assert dialog.saved.text() == "The chart was purged from every registered backup."
    wait_ops(qtbot)
    assert dialog.act_button.isHidden() and dialog.why.isHidden()
    dialog.reject()

