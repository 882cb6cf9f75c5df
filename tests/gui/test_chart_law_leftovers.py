"""What the chart's tabs say of the law's dates, found walking the real app, in English and Spanish:
- the Overview named a father as guardian on his child's 18th birthday and after, with no word that
  his authority had ended (the Guardians window says it: domain/representatives.py);
- the Authorizations tab said just "valid" on an authorization's last day (the dashboard's
  "Authorizations expiring" counts it: EXPIRING_SOON_DAYS);
- the Requests tab said "open" for an overdue request, said nothing of a decision made days late,
  and its intro left out the amendment's extension and the accounting's period;
- the accounting dialog said nothing of a disclosure made after its authorization was revoked.
Real vault, real widgets, the real es.ts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date, show_deadline
from vault_app.gui.request_row_dates import received_cell
from vault_app.services import authorizations, clients, export, guardians, requests

pytestmark = pytest.mark.gui


def _view(app: AppController, qtbot, client_id: str):  # type: ignore[no-untyped-def]
    from vault_app.gui.chart_view import ChartView

    view = ChartView(app)  # built with the language installed now
    qtbot.addWidget(view)
    view.load(client_id)
    wait_ops(qtbot)
    return view


def _born_18_years_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 18)
    except ValueError:  # 29 February: the 18th birthday falls on 1 March
        return date(day.year - 18, 2, 28)


@pytest.mark.parametrize("birthday_in", [1, 0, -40])
def test_the_overview_says_a_parent_s_authority_ended_on_the_18th_birthday(
        unlocked_app: AppController, qtbot, birthday_in: int) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    born = _born_18_years_before(date.today() + timedelta(days=birthday_in))
    client = clients.create_client(vault, "Eve Birthday", date_of_birth=born.isoformat())
    guardians.add_guardian(vault, client.client_id, name="Sam Today", relationship="father", authority="parent")
    view = _view(unlocked_app, qtbot, client.client_id)
    said = view.overview.fields["guardians"].text()
    birthday = date.today() + timedelta(days=birthday_in)
    if birthday_in > 0:
        assert said == "Sam Today (father, parent)"
    else:
        assert said == (f"Sam Today (father, parent) — authority ended on {show_date(birthday)}: the client "
                        "turned 18; may no longer sign")
    view.set_privacy(True)
    assert show_date(birthday) not in view.overview.fields["guardians"].text(), "the birthday gives the birth date"


def test_the_overview_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Eve Birthday", date_of_birth=_born_18_years_before(date.today()).isoformat())
    guardians.add_guardian(vault, client.client_id, name="Sam Today", relationship="padre", authority="parent")
    view = _view(unlocked_app, qtbot, client.client_id)
    assert view.overview.fields["guardians"].text() == (
        f"Sam Today (padre, progenitor) — autoridad terminada el {show_date(date.today())}: el cliente cumplió 18; "
        "ya no puede firmar")


def _authorization_states(app: AppController, qtbot, client_id: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    view = _view(app, qtbot, client_id)
    view.tabs.setCurrentWidget(view.authorizations)
    tree = view.authorizations.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 4, timeout=10_000)
    return {tree.topLevelItem(i).text(1): tree.topLevelItem(i).text(4) for i in range(4)}


def _four_authorizations(app: AppController) -> str:
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    for name, days in (("Dr. Today", 0), ("Dr. Tomorrow", 1), ("Dr. Soon", 30), ("Dr. Later", 31)):
        fx.add_auth(vault, chart.client_id, recipient_name=name, expires_on=date.today() + timedelta(days=days))
    return chart.client_id


def test_the_authorizations_tab_says_the_last_day_as_the_dashboard_counts_it(
        unlocked_app: AppController, qtbot) -> None:
    states = _authorization_states(unlocked_app, qtbot, _four_authorizations(unlocked_app))
    soon = show_date(date.today() + timedelta(days=30))
    assert states == {"Dr. Today": "valid; today is its last day", "Dr. Tomorrow": "valid; its last day is tomorrow",
                      "Dr. Soon": f"valid; expires in 30 days (last day {soon})", "Dr. Later": "valid"}


def test_the_authorizations_tab_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    states = _authorization_states(unlocked_app, qtbot, _four_authorizations(unlocked_app))
    soon = show_date(date.today() + timedelta(days=30))
    assert states == {"Dr. Today": "vigente; hoy es su último día", "Dr. Tomorrow": "vigente; su último día es mañana",
                      "Dr. Soon": f"vigente; vence en 30 días (último día {soon})", "Dr. Later": "vigente"}


def _requests_tab(app: AppController, qtbot) -> tuple[object, dict[str, str], str]:  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(31))  # due yesterday
    requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(30))  # due today
    late = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(65),
                                description="correct the date of the first session")
    requests.deny_request(vault, late.id, grounds=["accurate_and_complete"], explanation="The date is right.")
    once = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(61),
                                description="correct the spelling")
    requests.deny_request(vault, once.id, grounds=["accurate_and_complete"], explanation="Spelled right.")
    view = _view(app, qtbot, chart.client_id)
    view.tabs.setCurrentWidget(view.requests)
    tree = view.requests.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 4, timeout=10_000)
    status = {tree.topLevelItem(i).text(1): tree.topLevelItem(i).text(3) for i in range(4)}
    return view, status, late.id


def test_the_requests_tab_says_overdue_and_late_decisions_and_the_law_s_periods(
        unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.requests_dialog import RequestDetailDialog

    view, status, late_id = _requests_tab(unlocked_app, qtbot)
    # The received day said as the due day is (round 39: one row, one kind of date)
    assert status == {received_cell(fx.days_ago(31)): "overdue", received_cell(fx.days_ago(30)): "open",
                      received_cell(fx.days_ago(65)): "denied, 5 days late",
                      received_cell(fx.days_ago(61)): "denied, 1 day late"}
    intro = view.requests.note.text()  # type: ignore[attr-defined]
    assert ("act within 30 days (45 CFR 164.524(b)(2)); to amend it: 60 days (164.526(b)(2)); for an accounting "
            "of disclosures: 60 days (164.528(c)(1)). Each may be extended once, by up to 30 days") in intro
    detail = RequestDetailDialog(unlocked_app, late_id)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "Amendment request" in detail.summary.text(), timeout=10_000)
    assert (f"decided {show_deadline(date.today())} (<b>5 days late</b>: it was due {show_deadline(fx.days_ago(5))}, "
            "45 CFR 164.526(b)(2))") in detail.summary.text()
    detail.close()
    wait_ops(qtbot)


def test_the_requests_tab_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    view, status, _late = _requests_tab(unlocked_app, qtbot)
    assert status == {received_cell(fx.days_ago(31)): "vencida", received_cell(fx.days_ago(30)): "abierta",
                      received_cell(fx.days_ago(65)): "denegada, 5 días tarde",
                      received_cell(fx.days_ago(61)): "denegada, 1 día tarde"}
    intro = view.requests.note.text()  # type: ignore[attr-defined]
    assert "164.526(b)(2)" in intro and "164.528(c)(1)" in intro and "30 días" in intro and "Requests" not in intro


def test_the_accounting_dialog_says_a_disclosure_was_made_after_the_revocation(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    from vault_app.gui.accounting_dialog import AccountingDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id)
    export.export(vault, fx.request(chart.client_id, authorization_id=auth.id, note_ids=(chart.progress[2],),
                                    on=fx.days_ago(2)), out=tmp_path / "after.pdf", password=fx.PASSWORD)
    authorizations.revoke(vault, auth.id, received_on=fx.days_ago(3))
    dialog = AccountingDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "accounting.pdf"))
    dialog.password.setText("give-by-phone-7")
    dialog.confirm.setText("give-by-phone-7")
    dialog.produce()
    wait_ops(qtbot)
    assert auth.signed_on is not None
    assert (f"{fx.RECIPIENT.name}, {show_date(fx.days_ago(2))}: made after the authorization signed "
            f"{show_date(auth.signed_on)} for {fx.RECIPIENT.name} had been revoked on {show_date(fx.days_ago(3))} "
            "(45 CFR 164.508(b)(5)); the accounting lists it and says so.") in dialog.result_label.text()
    assert auth.id not in dialog.result_label.text()
