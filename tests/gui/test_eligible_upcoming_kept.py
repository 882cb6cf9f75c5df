""""Show upcoming charts too" is remembered: it reset each time the list opened (found by a
walker closing a practice, who looked at the whole list each time). Kept in the UI preferences
as a yes or no, nothing of a client's. Real windows, the real settings file of the test's home."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui import prefs
from vault_app.gui.controller import AppController
from vault_app.gui.eligible_charts import EligibleDialog

pytestmark = pytest.mark.gui


def test_show_upcoming_is_as_it_was_left(unlocked_app: AppController, qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    first = EligibleDialog(unlocked_app, parent=window)
    first.show()
    wait_ops(qtbot)
    assert not first.upcoming.isChecked()
    first.upcoming.setChecked(True)
    wait_ops(qtbot)
    first.close()
    again = EligibleDialog(unlocked_app, parent=window)
    again.show()
    wait_ops(qtbot)
    assert again.upcoming.isChecked()
    assert prefs.get("eligible/upcoming") in (True, "true")  # a yes or no, nothing else
    again.upcoming.setChecked(False)
    wait_ops(qtbot)
    again.close()
    assert not EligibleDialog(unlocked_app, parent=window).upcoming.isChecked()
    wait_ops(qtbot)
