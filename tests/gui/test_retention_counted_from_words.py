"""The dates a retiring therapist reads for a discharged chart say what each is (found by a walker closing
her practice, wclose F6: "Last contact" was the last session on the Overview and the discharge in the
eligible list). The Overview's row says "Last session"; its status says the retention's start, "the
discharge on <day>", and Records > Charts eligible for destruction the same in its Rule column. No rule
changes. Real vault, real widgets, English and Spanish (the real es.ts)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.eligible_charts import EligibleDialog
from vault_app.services import clients, sessions

pytestmark = pytest.mark.gui

WORDS = {
    "en": ("Last session:", "7 years after the last contact: the discharge on {day}"),
    "es": ("Última sesión:", "7 años después del último contacto: el alta del {day}"),
}


@pytest.fixture(params=sorted(WORDS))
def language(request: pytest.FixtureRequest, unlocked_app: AppController) -> Iterator[str]:
    assert i18n.install(request.param) == request.param
    try:
        yield request.param
    finally:
        i18n.install("en")


def test_each_date_says_what_it_is(language: str, unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.chart_view import ChartView

    vault = unlocked_app.vault
    assert vault is not None
    made = clients.create_client(vault, "Harold Finch", chart_number="HF-1", date_of_birth="1960-01-01")
    session_day, discharged = fx.days_ago(40), fx.days_ago(20)
    sessions.add_session(vault, made.client_id, date=session_day.isoformat(), duration_minutes=45)
    clients.update_client(vault, made.client_id, status="discharged", discharged_on=discharged.isoformat())
    row, status = WORDS[language]

    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.load(made.client_id)
    wait_ops(qtbot)
    labels = [lab.text().replace("&", "") for lab in view.overview.field_labels]
    assert row in labels, labels
    assert view.overview.fields["last"].text() == show_date(session_day)
    said = status.format(day=show_date(discharged))
    qtbot.waitUntil(lambda: said in view.overview.fields["status"].text(), timeout=10_000)

    dialog = window_of(unlocked_app).open_eligible()
    assert isinstance(dialog, EligibleDialog)
    dialog.upcoming.setChecked(True)
    wait_ops(qtbot)
    item = dialog.tree.topLevelItem(0)
    assert item is not None and item.text(2) == said, "the Rule column, as the Overview says it"
    dialog.close()
    view.close()
    wait_ops(qtbot)
