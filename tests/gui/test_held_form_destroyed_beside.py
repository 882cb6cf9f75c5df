"""A form left open on a chart when the window locked, that chart then destroyed by the
command line in a terminal (a real process), the window unlocked again. Found by the
older-copies pass: the held text (the client's name, what was typed) stayed in records.db,
so the terminal's destruction refused to certify; now the destruction takes it, and the
window, unlocked, reopens no form on a chart that no longer exists."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, destruction, held_text

pytestmark = pytest.mark.gui


def test_a_form_held_on_a_chart_the_terminal_destroys_is_gone_with_it(unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    chart = fx.make_chart(vault, n=1)
    number = clients.get_client(vault, chart.client_id).chart_number
    window.open_chart(chart.client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.chart.shown_client() is not None, timeout=10_000)
    dialog = window.chart.overview.edit_details()
    assert isinstance(dialog, ClientDetailsDialog)
    qtbot.waitExposed(dialog)
    dialog.preferred_name.setText("Qzheldname")
    assert dialog.held_entry() is not None
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    folder = unlocked_app.folder

    done = cli_process("destroy", "--vault", str(folder), "--client", number, "--basis", "override",
                       "--override-reason", "the client asked in writing; a form was left open",
                       "--confirm", number)
    assert done.code == 0, done.err
    assert "Destroyed and verified" in done.out, done.out

    window = unlock(unlocked_app, qtbot)
    wait_ops(qtbot)
    assert window.restorer.queue == []  # nothing held is waiting for its chart either
    shown = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert not any(isinstance(d, ClientDetailsDialog | QMessageBox) for d in shown), shown
    vault = unlocked_app.vault
    assert vault is not None
    assert held_text.take(vault, "records") == []
    [row] = destruction.list_destructions(vault)
    assert row["state"] == "completed"
