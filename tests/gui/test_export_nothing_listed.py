"""The export wizard with nothing to list says why, where the list was, and what to do. Found by the
round's brief: a chart with no signed note showed an empty list, Tick all, "Before Next: tick at
least one record" and only a grey line below the list's room. Now the list, its ticks and the
measures' tick give their room to the reason (only signed notes leave the practice; sign the draft,
or write and sign a note, in the chart's Sessions & notes tab; or choose other records), and Next's
line no longer asks for a tick there is nothing to give. English and Spanish, real widgets, a real
vault."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_authorization_period_and_drafts import _note
from tests.gui.test_chart import add_client
from tests.gui.test_export_what_page_next_reason import _in_sight
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

WORDS = {
    "en": {"draft": ("only signed notes", "unsigned draft", "Sign it first", "Sessions & notes",
                     "Billing information"),
           "none": ("no progress note yet", "Write and sign one first", "Sessions & notes"),
           "tick": "tick at least one record"},
    "es": {"draft": ("solo las notas firmadas", "borrador sin firmar", "Fírmela primero", "Sesiones y notas",
                     "Información de facturación"),
           "none": ("ninguna nota de evolución", "Escriba y firme una primero", "Sesiones y notas"),
           "tick": "marque al menos un registro"},
}


def _wizard(app: AppController, qtbot: Any) -> Any:
    window = app.main_window
    assert window is not None
    wizard = window.chart.start_export()
    assert wizard is not None
    wait_ops(qtbot)
    qtbot.waitExposed(wizard)
    qtbot.wait(20)
    return wizard


def test_a_chart_with_only_a_draft_says_why_nothing_is_listed(unlocked_app: AppController, qtbot: Any,
                                                              language: str) -> None:
    client_id = add_client(unlocked_app, qtbot)
    _note(unlocked_app, client_id, "2026-03-08", signed=False)
    wizard = _wizard(unlocked_app, qtbot)
    what = wizard.what_page
    said = what.empty.text()
    assert _in_sight(what.empty), "said where the list was"
    assert all(w in said for w in WORDS[language]["draft"]), said
    assert not what.items.isVisible() and not what.tick_all.isVisible() and not what.with_measures.isVisible()
    assert WORDS[language]["tick"] not in what.needs.text(), what.needs.text()
    wizard.reject()


def test_a_chart_without_notes_says_to_write_one_and_a_signed_one_lists_again(unlocked_app: AppController,
                                                                             qtbot: Any, language: str) -> None:
    client_id = add_client(unlocked_app, qtbot)
    wizard = _wizard(unlocked_app, qtbot)
    what = wizard.what_page
    said = what.empty.text()
    assert _in_sight(what.empty) and all(w in said for w in WORDS[language]["none"]), said
    # A note signed meanwhile: the list is back, with its ticks, and the reason gone.
    _note(unlocked_app, client_id, "2026-03-01")
    what.reload()
    wait_ops(qtbot)
    qtbot.wait(20)
    assert what.items.topLevelItemCount() == 1 and what.items.isVisible() and what.tick_all.isVisible()
    assert what.with_measures.isVisible() and not what.empty.isVisible()
    assert WORDS[language]["tick"] in what.needs.text()
    wizard.reject()
