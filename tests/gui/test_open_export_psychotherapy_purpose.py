"""The complete open export's psychotherapy notes under their own authorization's purpose (wclose F10):
the window offers a purpose for them, filled from the chosen psychotherapy-notes authorization (a form
of its own, 45 CFR 164.508(b)(3)(ii)), and the result says which purpose they went under."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.open_export_dialog import OpenExportDialog
from vault_app.services import export

CHART_PURPOSE = "continuity of care: transfer to new therapist"
PSY_PURPOSE = "transfer to new therapist"


def test_the_psychotherapy_notes_go_under_their_authorizations_own_purpose(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    vault.unlock_psychotherapy(PASSPHRASE)
    chart = fx.make_chart(vault, n=2, with_psychotherapy=True)
    auth = fx.add_auth(vault, chart.client_id, purposes=[CHART_PURPOSE], description="The record, for transfer")
    psy = fx.add_auth(vault, chart.client_id, covers=["psychotherapy"], purposes=[PSY_PURPOSE],
                      description="Psychotherapy notes, for transfer")
    dialog = OpenExportDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    wait_ops(qtbot)
    dialog.basis.authorization.setCurrentIndex(dialog.basis.authorization.findData(auth.id))
    assert dialog.purpose.text() == CHART_PURPOSE
    assert not dialog.psychotherapy_purpose.isVisibleTo(dialog)  # "Leave them out": no purpose asked
    dialog.psychotherapy.setCurrentIndex(dialog.psychotherapy.findData(psy.id))
    assert dialog.psychotherapy_purpose.isVisibleTo(dialog)
    assert dialog.psychotherapy_purpose.text() == PSY_PURPOSE  # their authorization's own words
    out = tmp_path / "chart.pdf"
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD)
    dialog.export_button.click()
    wait_ops(qtbot)
    assert out.exists(), dialog.error.text()
    said = dialog.result_label.text()
    assert "2 psychotherapy notes" in said and f"Psychotherapy notes under the purpose: {PSY_PURPOSE}" in said
    assert [(d.kind, d.purpose) for d in export.disclosures(vault, chart.client_id)][:2] == [
        ("progress", CHART_PURPOSE), ("psychotherapy", PSY_PURPOSE)]
    dialog.close()
