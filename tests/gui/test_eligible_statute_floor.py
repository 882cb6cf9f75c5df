"""Records > Charts eligible for destruction under release 0.1.0's policy "California" (7 years, minors 3 after
majority, saved as it was): a minor's chart that Cal. Bus. & Prof. Code 2919 keeps until 7 years after 18 is not
listed as eligible; with "Show upcoming" its row says 2919's day and cites it, and the note says why. Found by a
walker: the list showed the 3-year day without a word, and the chart was destroyed four years early. Real windows,
a real vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from vault_app.gui.controller import AppController
from vault_app.gui.eligible_charts import EligibleDialog
from vault_app.services import clients, practice, sessions

pytestmark = pytest.mark.gui


def test_the_old_california_policy_keeps_a_minors_chart_to_2919s_day(unlocked_app: AppController,
                                                                      qtbot: object) -> None:
    made: dict[str, str] = {}

    def old_policy_and_minor(v: object) -> None:
        practice.update_retention(v, retention_policy_name="California", retention_source="California",
                                  retention_adult_years=7, retention_minor_years_after_majority=3, age_of_majority=18)
        made["lily"] = clients.create_client(v, "Lily Early", date_of_birth="2004-06-01").client_id
        sessions.add_session(v, made["lily"], date=date(2012, 3, 4), duration_minutes=50)

    elsewhere(unlocked_app, qtbot, old_policy_and_minor)
    dialog = window_of(unlocked_app).open_eligible()
    assert isinstance(dialog, EligibleDialog)
    wait_ops(qtbot)
    assert dialog.tree.topLevelItemCount() == 0, "eligible in 2025 only under the saved 3 years"
    dialog.upcoming.setChecked(True)
    wait_ops(qtbot)
    row = dialog.tree.topLevelItem(0)
    assert row is not None and str(row.data(0, Qt.ItemDataRole.UserRole)) == made["lily"]
    assert "2029" in row.text(1), row.text(1)
    assert row.text(2) == "7 years after reaching age 18 under Cal. Bus. & Prof. Code 2919"
    assert row.text(4) == "not yet"
    assert "less long than Cal. Bus. & Prof. Code 2919" in dialog.note.text()
    dialog.close()
