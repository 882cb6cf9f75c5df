"""A discharged chart's Overview says until when its records are kept, by the practice's
retention policy and with its rule (services/retention.status_for), in the screen's language; an
active chart's says its status alone. Found by a walker: a discharged chart's Overview said
"discharged on 10/13/2026" and nothing of the date Records > Charts eligible names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.retention import add_years
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date, show_deadline
from vault_app.services import clients

pytestmark = pytest.mark.gui


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize(("language", "kept"), (
    # The date it counts from, named (wclose F6: "last contact" was another date on the same Overview)
    ("en", "discharged on {on}; records kept until {until} (7 years after the last contact: the discharge on {on})"),
    ("es", "dado de alta el {on}; el expediente se conserva hasta el {until} (7 años después del último contacto: "
           "el alta del {on})"),
))
@pytest.mark.parametrize("discharged", [True, False])
def test_the_overview_says_until_when_a_discharged_chart_is_kept(
        unlocked_app: AppController, qtbot, english_after: None, language: str, kept: str, discharged: bool) -> None:
    from vault_app.gui.chart_view import ChartView

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1, date_of_birth="1980-03-02")
    on = fx.today()
    if discharged:
        clients.update_client(vault, chart.client_id, status="discharged", discharged_on=on.isoformat())
    assert i18n.install(language) == language
    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.load(chart.client_id)
    wait_ops(qtbot)
    status = view.overview.fields["status"]
    if discharged:
        # Discharged today, after the last session: the day the retention period counts from
        said = kept.format(on=show_date(on), until=show_deadline(add_years(on, 7)))
        qtbot.waitUntil(lambda: status.text() == said, timeout=10_000)
    else:
        assert status.text() == ("active" if language == "en" else "activo")
        assert "kept" not in status.text() and "conserva" not in status.text()
    wait_ops(qtbot)
