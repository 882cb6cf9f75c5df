"""Settings > About you and the practice holds the Tax ID a superbill prints beside the NPI
(found last round in the real app: there was nowhere to type it). A full SSN is refused under
the form, without repeating it, and nothing typed is lost; the last four digits are kept masked."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import practice

pytestmark = pytest.mark.gui


def test_settings_set_the_tax_id_and_refuse_a_full_ssn(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.settings_dialog import SettingsDialog

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    tax_id, npi = dialog.profile["tax_id"], dialog.profile["npi"]
    assert tax_id.accessibleName() == "Tax ID" and "EIN" in tax_id.placeholderText()
    dialog.profile["clinician_name"].setText("Jordan Lee")
    npi.setText("1234567893")
    tax_id.setText("987-65-4320")
    dialog.save()
    wait_ops(qtbot)
    assert dialog.isVisible(), "a refused Tax ID keeps the dialog and what was typed"
    assert "full Social Security number" in dialog.message.text() and "4320" not in dialog.message.text()
    assert dialog.pages.currentIndex() == 1 and tax_id.text() == "987-65-4320"
    assert practice.load(vault).tax_id == ""
    tax_id.setText("4320")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    profile = practice.load(vault)
    assert (profile.npi, profile.tax_id) == ("1234567893", "XXX-XX-4320")

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    assert dialog.profile["tax_id"].text() == "XXX-XX-4320"  # shown as kept
    dialog.profile["tax_id"].setText("98-7654320")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible() and practice.load(vault).tax_id == "98-7654320"
