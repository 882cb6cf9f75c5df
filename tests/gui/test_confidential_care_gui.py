"""A parent's confidentiality agreement about a minor's care (45 CFR 164.502(g)(3)(i)(C)) in the app: recorded
from Client details (the day, who agreed), said on the Overview's consent line (Spanish too); and when who
consented to the care changes, the authorizations whose signer no longer stands are said in a message with a
button to the Authorizations tab. Real vault, real widgets, the real es.ts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import care_confidentiality, clients, guardians, practice

pytestmark = pytest.mark.gui


def _minor(app: AppController, qtbot, years: int = 12, consented_by: str = "guardian"):  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(years))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    clients.update_client(vault, chart.client_id, care_consented_by=consented_by)
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    window = app.main_window
    assert window is not None
    window.open_chart(chart.client_id)
    wait_ops(qtbot)
    return window, chart.client_id, mother.guardian_id


def _details(window, qtbot) -> ClientDetailsDialog:  # type: ignore[no-untyped-def]
    window.chart.tabs.setCurrentWidget(window.chart.overview)
    dialog = window.chart.overview.edit_details()
    assert isinstance(dialog, ClientDetailsDialog)
    wait_ops(qtbot)
    return dialog


def test_recorded_from_client_details_and_said_on_the_overview(unlocked_app: AppController, qtbot) -> None:
    window, client_id, mother = _minor(unlocked_app, qtbot)
    dialog = _details(window, qtbot)
    rows = dialog.agreement
    qtbot.waitUntil(lambda: rows.agreed_on.isVisibleTo(dialog) and rows.agreed_by.isVisibleTo(dialog))
    day = fx.days_ago(7)
    rows.agreed_on.setText(day.isoformat())
    rows.agreed_by.setCurrentIndex(rows.agreed_by.findData(mother))
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    vault = unlocked_app.vault
    assert vault is not None
    saved = clients.get_client(vault, client_id)
    assert (saved.confidentiality_agreed_on, saved.confidentiality_agreed_by) == (day, mother)
    assert len(vault.ledger.client_entries(client_id, (care_confidentiality.RECORDED,))) == 1
    care = window.chart.overview.fields["care"]
    qtbot.waitUntil(lambda: "agreed on" in care.text())
    assert f"Jane Roe agreed on {show_date(day)} to a confidential relationship" in care.text()
    assert "164.502(g)(3)(i)(C)" in care.text()


def test_an_agreement_without_who_agreed_is_refused_on_the_form(unlocked_app: AppController, qtbot) -> None:
    window, client_id, _mother = _minor(unlocked_app, qtbot)
    dialog = _details(window, qtbot)
    dialog.agreement.agreed_on.setText(fx.days_ago(3).isoformat())
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Name the parent or guardian who agreed" in dialog.message.text())
    vault = unlocked_app.vault
    assert vault is not None and clients.get_client(vault, client_id).confidentiality_agreed_on is None
    dialog.reject()


def test_the_overview_line_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    window, client_id, mother = _minor(unlocked_app, qtbot)
    care_confidentiality.record_agreement(vault, client_id, date.today(), mother)
    window.open_chart(client_id)
    wait_ops(qtbot)
    care = window.chart.overview.fields["care"]
    qtbot.waitUntil(lambda: "acordó" in care.text())
    assert "agreed" not in care.text() and "Jane Roe acordó el" in care.text(), care.text()


def test_a_changed_consent_says_the_forms_whose_signer_no_longer_stands(unlocked_app: AppController,
                                                                      qtbot) -> None:
    window, client_id, _mother = _minor(unlocked_app, qtbot, 16, "client")
    vault = unlocked_app.vault
    assert vault is not None
    own = fx.add_auth(vault, client_id, signed_on=fx.days_ago(30))
    dialog = _details(window, qtbot)
    qtbot.waitUntil(lambda: dialog.care_consent.isVisibleTo(dialog))
    dialog.care_consent.setCurrentIndex(dialog.care_consent.findData("guardian"))
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.stale_notice is not None and dialog.stale_notice.isVisible())
    told = dialog.stale_notice
    assert isinstance(told, QMessageBox)
    assert told.text() == "1 authorization on file no longer has a signer the chart lets stand."
    assert own.id in told.informativeText() and show_date(own.signed_on or date.today()) in told.informativeText()
    assert "Alex" not in told.informativeText(), "no name in the box"
    next(b for b in told.buttons() if b.text().replace("&", "") == "Show authorizations").click()
    qtbot.waitUntil(lambda: window.chart.tabs.currentWidget() is window.chart.authorizations)
    tree = window.chart.authorizations.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    qtbot.waitUntil(lambda: tree.topLevelItem(0).text(4) == "valid; its signer no longer stands")
    assert "164.502(g)" in tree.topLevelItem(0).toolTip(4) and "signing day" in tree.topLevelItem(0).toolTip(4)


def test_no_message_when_nothing_changed_of_the_consent(unlocked_app: AppController, qtbot) -> None:
    window, client_id, _mother = _minor(unlocked_app, qtbot, 16, "client")
    vault = unlocked_app.vault
    assert vault is not None
    fx.add_auth(vault, client_id, signed_on=fx.days_ago(30))
    dialog = _details(window, qtbot)
    dialog.preferred_name.setText("Al")
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.stale_notice is None


def test_a_corrected_birth_date_says_the_parents_form_signed_on_the_eighteenth_birthday(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, client_id, mother = _minor(unlocked_app, qtbot, 16, "guardian")
    vault = unlocked_app.vault
    assert vault is not None
    signed = fx.days_ago(30)
    if (signed.month, signed.day) == (2, 29):
        signed = fx.days_ago(31)
    form = fx.add_auth(vault, client_id, signed_on=signed, guardian_id=mother)
    dialog = _details(window, qtbot)
    dialog.date_of_birth.setText(signed.replace(year=signed.year - 18).isoformat())  # 18 on the signing day
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.stale_notice is not None and dialog.stale_notice.isVisible())
    told = dialog.stale_notice
    assert isinstance(told, QMessageBox)
    assert told.text() == "1 authorization on file no longer has a signer the chart lets stand."
    assert form.id in told.informativeText() and "date of birth" in told.informativeText()
    told.close()
