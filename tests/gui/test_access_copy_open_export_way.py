"""The access copy's window, its outcome and the request's window name the way to give the treatment
plan and attached documents: the complete open export (Clients > Complete open export…), which
holds both. Found by a walker: they said "print them from the chart", and nothing in the chart
prints a plan or saves a document out. Real vault, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_access_copy_outside_parts import _copy_window, _make
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

WAY = "Complete open export"


def test_the_windows_name_the_complete_open_export(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    detail, copy, _rid = _copy_window(unlocked_app, qtbot, plan=True)
    qtbot.waitUntil(lambda: "treatment_plan" in copy.otherwise, timeout=10_000)
    before = copy.not_held_label.text()
    assert WAY in before and "printed" not in before, before
    tick = copy.otherwise["treatment_plan"].text().replace("&", "")
    assert "printed, by hand" not in tick, tick
    _make(copy, tmp_path, qtbot)
    said = detail.copy_label.text()
    assert WAY in said and "Print them from the chart" not in said, said
    qtbot.waitUntil(lambda: detail.paper.isVisible(), timeout=10_000)
    still = detail.paper.label.text()
    assert WAY in still and "print them from the chart" not in still, still
    detail.close()
    wait_ops(qtbot)
