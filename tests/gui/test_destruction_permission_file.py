"""The client's signed permission chosen in the destruction wizard is read within the scans'
size limit and must be a scan (found reading destruction_wizard.py: whatever file was chosen
was read whole into memory). A wrong file is said on the confirm page and nothing is destroyed;
the command line's --permission-file says the same (tests/core/test_destroy_permission_cli.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.test_destroy_permission_cli import wrong_file
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere
from tests.gui.test_chart import add_client
from tests.gui.test_destruction_basis import _unlock_psychotherapy, _wizard
from vault_app.gui.controller import AppController
from vault_app.services import clients, sessions

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("what", ["huge", "text"])
def test_a_wrong_permission_file_is_said_and_nothing_is_destroyed(unlocked_app: AppController, qtbot,
                                                                  tmp_path: Path, what: str) -> None:
    client_id = add_client(unlocked_app, qtbot, "Kept Foryears")
    elsewhere(unlocked_app, qtbot, lambda v: sessions.add_session(v, client_id, date=date.today(), duration_minutes=50))
    wizard = _wizard(unlocked_app, qtbot, client_id)
    wizard.next()
    basis = wizard.basis_page  # type: ignore[attr-defined]
    _unlock_psychotherapy(wizard, qtbot)
    chosen, said = wrong_file(tmp_path, what)
    basis.set_permission(chosen)
    basis.reason.setText("Client moved abroad, asked in writing; board rule allows")
    assert basis.isComplete()
    wizard.next()
    confirm = wizard.confirm_page  # type: ignore[attr-defined]
    confirm.confirm.setText(wizard.chart_number())  # type: ignore[attr-defined]
    confirm.run_destruction()
    wait_ops(qtbot)
    assert said in confirm.message.text() and "nothing was destroyed" in confirm.message.text()
    assert confirm.certificate is None
    vault = unlocked_app.vault
    assert vault is not None
    assert clients.get_client(vault, client_id).legal_name == "Kept Foryears"
    wizard.reject()
