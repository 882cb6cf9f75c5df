"""Records > Charts eligible for destruction under the CA-MFT preset: a chart whose therapy ended in
2008, before the day the preset applies from (2015-01-01), is listed with "Show upcoming" as kept, its
rule column saying why; the one ended in 2015 stays eligible. Found by a walker: the 2008 chart was
eligible on the preset and destroyed. Real windows, a real vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from vault_app.gui.controller import AppController
from vault_app.gui.eligible_charts import EligibleDialog
from vault_app.services import clients, retention, sessions

pytestmark = pytest.mark.gui


def test_a_chart_the_preset_does_not_cover_is_kept(unlocked_app: AppController, qtbot: object) -> None:
    made: dict[str, str] = {}

    def two_old_charts(v: object) -> None:
        for key, name, seen in (("old", "Grace Early", date(2008, 6, 1)), ("later", "Hope Later", date(2015, 3, 1))):
            made[key] = clients.create_client(v, name, date_of_birth="1950-01-01").client_id
            sessions.add_session(v, made[key], date=seen, duration_minutes=50)
        retention.set_policy(v, preset_key="CA-MFT")

    elsewhere(unlocked_app, qtbot, two_old_charts)
    window = window_of(unlocked_app)
    dialog = window.open_eligible()
    assert isinstance(dialog, EligibleDialog)
    wait_ops(qtbot)
    listed = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [str(r.data(0, Qt.ItemDataRole.UserRole)) for r in listed if r is not None] == [made["later"]]
    dialog.upcoming.setChecked(True)
    wait_ops(qtbot)
    rows = {str(r.data(0, Qt.ItemDataRole.UserRole)): r for r in
            (dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())) if r is not None}
    old = rows[made["old"]]
    assert old.text(1) == "—"
    assert "therapy ended before" in old.text(2) and "not covered by the preset" in old.text(2)
    assert "Kept: 1" in dialog.note.text() and "do not say what applied before" in dialog.note.text()
    assert "Not yet past the retention period" not in dialog.note.text()
    assert old.text(4) == "not covered by the preset: kept"
    assert rows[made["later"]].text(4) == "eligible"
    dialog.close()
