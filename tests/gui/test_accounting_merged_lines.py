"""The accounting window says what the PDF's merged lines say (45 CFR 164.528(b)(3)): repeated
disclosures summarized on one line, with how many, the first day and the last day; a lone
disclosure says nothing of the kind. Real vault, real exports, the real dialog offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.local_clock import us_day
from vault_app.gui.controller import AppController
from vault_app.services import export

pytestmark = pytest.mark.gui


def test_the_dialog_names_each_merged_line_with_its_first_and_last_day(unlocked_app: AppController, qtbot,
                                                                      tmp_path: Path) -> None:
    from vault_app.gui.accounting_dialog import AccountingDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=3)
    to = fx.Recipient("Dr. Same", "1 Elm St")
    auth = fx.add_auth(vault, chart.client_id, recipient_name=to.name, recipient_address=to.address)
    for i in (1, 2):
        export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[i],), authorization_id=auth.id,
                                        recipient=to, on=fx.days_ago(10 - i * 3)),
                      out=tmp_path / f"same{i}.pdf", password=fx.PASSWORD)
    lone = fx.Recipient("Dr. Alone", "2 Elm St")
    other = fx.add_auth(vault, chart.client_id, recipient_name=lone.name, recipient_address=lone.address)
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=other.id,
                                    recipient=lone), out=tmp_path / "alone.pdf", password=fx.PASSWORD)

    dialog = AccountingDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "accounting.pdf"))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD)
    dialog.produce_button.click()
    wait_ops(qtbot)
    said = dialog.result_label.text()
    assert "Saved" in said, said
    assert (f"Dr. Same: 2 disclosures on one line, the first on {us_day(fx.days_ago(7))}, "
            f"the last on {us_day(fx.days_ago(4))} (45 CFR 164.528(b)(3)).") in said
    assert "Dr. Alone" not in said
