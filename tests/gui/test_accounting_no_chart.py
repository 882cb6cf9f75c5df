"""Records > Accounting of disclosures… with no chart on screen says "Open a client's chart first"
in the status bar, as the chart's other commands do, and opens no form (found by a walker: the whole
form, password and folder, opened only to say so with Produce greyed). English and Spanish."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.accounting_dialog import AccountingDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("lang", "words"), [("en", "Open a client's chart first"),
                                             ("es", "Abra primero el expediente")])
def test_no_chart_no_form(lang: str, words: str, unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                          request: pytest.FixtureRequest) -> None:
    if lang == "es":
        request.getfixturevalue("spanish")
    window = unlocked_app.main_window
    assert window is not None
    window.show_dashboard()
    assert window.open_accounting() is None
    assert not [d for d in window.findChildren(AccountingDialog) if d.isVisible()]
    assert words in window.status_line.saying()


def test_with_a_chart_on_screen_the_form_opens_for_it(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Ana Chartopen")
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.open_accounting()
    assert isinstance(dialog, AccountingDialog) and dialog.client_id == client_id
    dialog.reject()
    wait_ops(qtbot)
