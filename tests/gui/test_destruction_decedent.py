"""The destruction wizard's first page, for a deceased client's chart, says HIPAA's 50 years after the death
(45 CFR 164.502(f)) as the period HIPAA protects the records, not a time they must be kept: the retention
period decides whether the chart may be destroyed (the Overview said the 50 years, the wizard did not)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.destruction_helpers import seed_chart
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("died", ["2012-05-06", None])
def test_the_first_page_says_the_fifty_years(unlocked_app: AppController, qtbot, died: str | None) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    chart = seed_chart(vault, "D", last_contact=date(2012, 5, 1), psychotherapy=0)
    client_id = clients.find_client(vault, chart.chart_number).client_id
    if died:
        clients.update_client(vault, client_id, died_on=died)
    window.open_chart(client_id)
    wait_ops(qtbot)
    wizard = window.chart.start_destruction()
    wait_ops(qtbot)
    said = wizard.eligibility_page.text.text()
    assert "reached the end of its retention period" in said
    if died is None:
        assert "HIPAA" not in said
        return
    assert "HIPAA protects a deceased client's records until 05/06/2062, 50 years after the death" in said, said
    assert "not a time they must be kept" in said
    assert "the retention period decides whether the chart may be destroyed" in said
    assert "The client died on 05/06/2012" in said
    wizard.reject()
