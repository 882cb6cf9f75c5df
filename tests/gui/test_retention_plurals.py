"""A policy of 1 year said in the singular on the destruction's first page and in the list of
eligible charts, in English and Spanish. Found in the real app: Settings allows 1 year, and the
wizard said "adults 1 years after the last contact" ("1 años" in Spanish)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.destruction_wizard import DestructionWizard
from vault_app.gui.eligible_charts import EligibleDialog
from vault_app.services import clients, retention, sessions

pytestmark = pytest.mark.gui

FIRST_PAGE = {
    "en": {(1, 1): "Retention policy: adults 1 year after the last contact; minors the later of that and "
                   "1 year after age 18.",
           (2, 1): "Retention policy: adults 2 years after the last contact; minors the later of that and "
                   "1 year after age 18.",
           (7, 3): "Retention policy: adults 7 years after the last contact; minors the later of that and "
                   "3 years after age 18."},
    "es": {(1, 1): "Política de conservación: adultos, 1 año después del último contacto; menores, lo que ocurra "
                   "más tarde entre eso y 1 año después de cumplir 18.",
           (2, 1): "Política de conservación: adultos, 2 años después del último contacto; menores, lo que ocurra "
                   "más tarde entre eso y 1 año después de cumplir 18.",
           (7, 3): "Política de conservación: adultos, 7 años después del último contacto; menores, lo que ocurra "
                   "más tarde entre eso y 3 años después de cumplir 18."},
}
RULES = {
    "en": {1: ["1 year after reaching age 18", "1 year after the last contact"],
           2: ["2 years after reaching age 18", "2 years after the last contact"]},
    "es": {1: ["1 año después de cumplir 18 años", "1 año después del último contacto"],
           2: ["2 años después de cumplir 18 años", "2 años después del último contacto"]},
}


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, unlocked_app: AppController) -> Iterator[str]:
    """The language installed once the app is up (its start installs its own)."""
    assert i18n.install(request.param) == request.param
    try:
        yield request.param
    finally:
        i18n.install("en")


@pytest.mark.parametrize("years", sorted(FIRST_PAGE["en"]))
def test_the_wizard_says_the_policy_in_its_numbers_forms(
        language: str, years: tuple[int, int], unlocked_app: AppController, qtbot: Any) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    retention.set_policy(vault, adult_years=years[0], minor_years_after_majority=years[1])
    add_client(unlocked_app, qtbot, "Yolanda Oneyear")
    window = unlocked_app.main_window
    assert window is not None
    wizard = window.chart.start_destruction()
    assert isinstance(wizard, DestructionWizard)
    wait_ops(qtbot)
    text = wizard.eligibility_page.text.text()
    assert text.split("\n\n")[0] == FIRST_PAGE[language][years]
    wizard.reject()


@pytest.mark.parametrize("years", [1, 2])
def test_the_eligible_list_says_each_rule_in_its_numbers_form(
        language: str, years: int, unlocked_app: AppController, qtbot: Any) -> None:
    def two_charts(v: Any) -> None:
        retention.set_policy(v, adult_years=years, minor_years_after_majority=years)
        adult = clients.create_client(v, "Adam Pastdue", date_of_birth="1950-01-01").client_id
        sessions.add_session(v, adult, date=date(2012, 6, 20), duration_minutes=50)
        minor = clients.create_client(v, "Mina Minor", date_of_birth="2000-06-01").client_id
        sessions.add_session(v, minor, date=date(2016, 1, 10), duration_minutes=50)

    elsewhere(unlocked_app, qtbot, two_charts)
    dialog = window_of(unlocked_app).open_eligible()
    assert isinstance(dialog, EligibleDialog)
    wait_ops(qtbot)
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert sorted(item.text(2) for item in items if item is not None) == RULES[language][years]
    dialog.reject()
