"""Jurisdiction settings: a changed age of consent for treatment checks again, on the day each was signed,
the forms a parent signed on every chart, and says those that no longer stand (a Part 2 consent: only a
minor who could obtain the treatment alone signs, 42 CFR 2.14(a)), by id and day, never a name; the box
has no way to one chart's tab (the forms may be on several). Found (round 38's brief): nothing was said,
and the export was still allowed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.decision_settings import JurisdictionDialog
from vault_app.gui.operations import VaultOps
from vault_app.services import guardians, practice
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_a_lower_age_of_consent_says_the_parents_part2_consent(vault: Vault, qtbot) -> None:
    signed = fx.days_ago(30)
    chart = fx.make_chart(vault, n=1, part2=True, date_of_birth=fx.born_years_ago(15) - timedelta(days=60))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    form = fx.add_auth(vault, chart.client_id, signed_on=signed, guardian_id=mother.guardian_id, part2=True,
                       patient_name_on_form=True)
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    dialog = JurisdictionDialog(VaultOps.over(vault), practice.load(vault).jurisdiction, parent=host)
    dialog.show()
    dialog.consent.setValue(14)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    box = host.findChild(QMessageBox, "staleSignersNotice")
    assert box is not None and box.isVisible()
    said = box.text() + box.informativeText()
    assert form.id in said and "age of consent" in said and "42 CFR 2.14(a)" in said
    assert "Jane" not in said and "Alex" not in said, "never a name"
    assert len(box.buttons()) == 1, "Close only: the forms may be on several charts"
    box.close()


def test_nothing_said_when_the_age_stays(vault: Vault, qtbot) -> None:
    chart = fx.make_chart(vault, n=1, part2=True, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(30), guardian_id=mother.guardian_id, part2=True,
                patient_name_on_form=True)
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    dialog = JurisdictionDialog(VaultOps.over(vault), practice.load(vault).jurisdiction, parent=host)
    dialog.show()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert host.findChild(QMessageBox, "staleSignersNotice") is None


def test_settings_applying_a_states_rule_says_the_parents_part2_consent(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.settings_dialog import SettingsDialog

    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    chart = fx.make_chart(vault, n=1, part2=True, date_of_birth=fx.born_years_ago(13))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    form = fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(30), guardian_id=mother.guardian_id, part2=True,
                       patient_name_on_form=True)
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.pages.setCurrentIndex(1)
    dialog.profile["license_number"].setText("A1")
    dialog.license_state.setCurrentIndex(dialog.license_state.findData("CA"))  # California: from 12
    qtbot.waitUntil(lambda: dialog.minor_consent.accept_rule.isVisible())
    dialog.minor_consent.accept_rule.setChecked(True)
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    box = window.findChild(QMessageBox, "staleSignersNotice")
    assert box is not None and box.isVisible()
    assert form.id in box.informativeText() and "42 CFR 2.14(a)" in box.informativeText()
    box.close()


def test_settings_a_lower_age_of_majority_says_the_parents_forms(unlocked_app: AppController, qtbot) -> None:
    """Settings' Age of majority (Retention of records): a parent's form signed when the client was 19, under an
    age of majority of 21, no longer stands at 18 (45 CFR 164.502(g)(2)-(3)); said as a new age of consent's
    forms are (found by the date of death's author: nothing was said)."""
    from vault_app.gui.settings_dialog import SettingsDialog
    from vault_app.services import retention

    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    practice.update(vault, jurisdiction={"age_of_consent_for_treatment": 18})
    retention.set_policy(vault, age_of_majority=21)
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(19))
    form = fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(5), signer_name="Pat Roe",
                       signer_role="personal_representative", signer_authority="mother")
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.retention.majority.setValue(18)
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    box = window.findChild(QMessageBox, "staleSignersNotice")
    assert box is not None and box.isVisible()
    said = box.text() + box.informativeText()
    assert form.id in said and "age of majority" in said and "164.502(g)(2)-(3)" in said
    assert "Pat" not in said, "never a name"
    box.close()
