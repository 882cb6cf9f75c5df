"""The export wizard asks who receives a treatment disclosure (45 CFR 164.506(c)(2)) and, when the
recipient's name reads like the client's, asks a plain question answered by a tick, in the window's own
words: the command line's evidence file is never named on the screen (found on the real app, round 38:
the hint said "on the command line ... in the evidence file" to a therapist in the wizard)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_export_and_lock import _chart_with_signed_note, _fill_what
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


def test_a_name_like_the_clients_is_asked_and_answered_by_a_tick(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = _chart_with_signed_note(unlocked_app, qtbot)
    # The wizard's recipient is "Dr. Receiving Psychiatrist": the client's family name among its words.
    clients.update_client(vault, client_id, legal_name="Jordan Psychiatrist")
    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    basis = wizard.basis_page
    form = basis.form
    form.basis.setCurrentIndex(form.basis.findData("treatment"))
    assert form.evidence().get("recipient_is") is None, "no choice made for the therapist"
    form.set_value("recipient_is", "provider")
    form.set_value("provider_role", "psychiatrist")
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and not basis.verdict.allowed
    said = basis.verdict_text.text()
    assert "reads like the client's own" in said and "tick" in said
    assert "command line" not in said and "evidence file" not in said, said
    form.set_value("not_the_client", True)
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
