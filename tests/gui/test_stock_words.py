"""The app's own phrases stored as data are shown in the screen's language; what the therapist
typed is shown as typed. Found by the Spanish walker (shots 94, 123): a superbill's disclosure
read "the client (own access request)" / "superbill for the client's own insurance
reimbursement" on the Spanish Disclosures tab, and its request "superbill of billing records,
01/12/2026 to 05/12/2026" in the Spanish request window. A real superbill issued from a real
vault, the real chart tab and request window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.core.disclosure_fixtures import PASSWORD
from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from tests.gui.test_chart_editing import chart_of_new_client
from vault_app.domain.disclosure_wording import BILLING_REQUEST_KINDS, billing_request_description
from vault_app.gui import i18n, stock_words
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date, show_description
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import access_copy, access_recipient, billing, requests, sessions, superbill

pytestmark = pytest.mark.gui


def test_the_phrases_are_the_services_own() -> None:
    """A phrase reworded in the services must be reworded here too (else it shows in English)."""
    assert all(key == source for key, source in {**stock_words.RECIPIENTS, **stock_words.PURPOSES}.items())
    assert set(stock_words.RECIPIENTS) == {access_recipient.CLIENT_SELF_RECIPIENT}
    assert set(stock_words.PURPOSES) == {access_copy.PURPOSE, *superbill.PURPOSE.values()}
    assert set(stock_words.BILLING_REQUESTS) == set(BILLING_REQUEST_KINDS)
    for kind in BILLING_REQUEST_KINDS:
        found = stock_words.BILLING_REQUEST.fullmatch(billing_request_description(kind, "2026-12-01", "2026-12-05"))
        assert found is not None and found["kind"] == kind


@pytest.fixture
def in_spanish(qapp: object) -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


def test_a_superbill_reads_in_spanish(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                      in_spanish: None) -> None:
    window, client_id, vault = chart_of_new_client(unlocked_app, qtbot)
    payable(vault)
    billing.set_scheduled_fee(vault, "90834", "150")
    sessions.add_session(vault, client_id, date="2026-11-09", start_time="10:00", duration_minutes=45,
                         cpt_code="90834", icd10_codes=["F43.0"])
    superbill.issue(vault, client_id, first="2026-11-02", last="2026-11-09", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    tab = window.chart.disclosures
    window.chart.reload()
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10_000)
    row = tab.tree.topLevelItem(0)
    assert (row.text(1), row.text(3)) == (
        "el cliente (su propia solicitud de acceso)", "superbill para el reembolso del propio seguro del cliente")

    q = requests.list_requests(vault, client_id=client_id)[0]
    detail = RequestDetailDialog(unlocked_app, q.id, parent=window)
    qtbot.addWidget(detail)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "superbill" in detail.summary.text(), timeout=10_000)
    said = "superbill de los registros de facturación, del {} al {}".format(show_date("2026-11-02"),
                                                                          show_date("2026-11-09"))
    assert said in detail.summary.text()
    assert "billing records" not in detail.summary.text()


@pytest.mark.parametrize("typed", ["superbill of billing records, as she asked",
                                   "the client (own access request) and her sister", "continuidad de la atención"])
def test_typed_words_stay_as_typed(in_spanish: None, typed: str) -> None:
    assert stock_words.recipient_words(typed) == typed
    assert stock_words.purpose_words(typed) == typed
    assert stock_words.description_words(typed) == typed


def test_in_english_the_stored_words_read_as_before(qapp: object) -> None:
    stored = "superbill of billing records, 2026-11-02 to 2026-11-09"
    assert stock_words.description_words(stored) == show_description(stored)
    assert stock_words.purpose_words(access_copy.PURPOSE) == access_copy.PURPOSE


def test_the_superbill_hint_names_tax_id_as_settings_does(in_spanish: None) -> None:
    """Found: the Spanish hint said "Tax ID" while the Settings field reads "Identificación fiscal"."""
    from PySide6.QtCore import QCoreApplication

    from vault_app.gui.account_words import superbill_needs_words

    field = QCoreApplication.translate("SettingsDialog", "Tax ID")
    assert field != "Tax ID"
    said = superbill_needs_words(("npi", "tax_id", "address"), ())
    assert field.casefold() in said.casefold() and "Tax ID" not in said, said
