"""The chart's Disclosures tab names the section of the law each basis rests on (a walker, round
46: "required by law (child abuse report)" named none, while the serious threat's row said
"(164.512(j))"): from the domain's data (domain/basis_citations), said once, in either language."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import export

pytestmark = pytest.mark.gui

ROWS = {
    "en": ["required by law (child abuse report) — 45 CFR 164.512(b)(1)(ii)",
           "to prevent or lessen a serious and imminent threat (164.512(j))"],
    "es": ["exigida por la ley (denuncia de maltrato infantil) — 45 CFR 164.512(b)(1)(ii)",
           "para prevenir o reducir una amenaza grave e inminente (164.512(j))"],
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_basis_on_the_tab_names_its_section(unlocked_app: AppController, qtbot, language: str,
                                                  request: pytest.FixtureRequest) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    client_id = add_client(unlocked_app, qtbot, "Cora Cited")
    made = fx.days_ago(2)
    for basis, evidence, on in (
            ("required_by_law", {"law_kind": "child_abuse_report", "agency": "County CPS hotline"}, made),
            ("serious_threat", {"agency": "County sheriff", "threat": "a stated plan"}, date.fromordinal(
                made.toordinal() - 1))):
        export.record_manual(vault, fx.request(client_id, basis=basis, evidence=evidence, manual=True, on=on,
                                               recipient=fx.Recipient("County", "1 Main St")),
                             description="what was told", channel="phone")
    window.chart.tabs.setCurrentWidget(window.chart.disclosures)
    window.chart.disclosures.activate()
    tree = window.chart.disclosures.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=10_000)
    wait_ops(qtbot)
    assert [tree.topLevelItem(i).text(4) for i in range(2)] == ROWS[language]
