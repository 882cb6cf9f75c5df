"""The first-run wizard's Emergency Kit page on a 1366x768 laptop at 150 % (910x512 logical
pixels), after "Save as PDF…": the saved note's four lines came in and the page was laid out below
its minimum: the "Signing key fingerprint" line drew over the recovery key's box, the paragraphs
lost their spacing (walker wday4, Spanish, shot-019). What the page holds now scrolls inside it,
each line whole; "I have kept it" stays in view. English and Spanish; a real wizard making a real
vault, the kit saved as a real PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect

from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_kit_page
from tests.gui.squeezed import drawn_over, squeezed_labels
from tests.gui.yes_no_answered import answering
from vault_app.gui import create_wizard, screen_fit
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

LAPTOP_150 = QRect(0, 0, 910, 512)  # 1366x768 at 150 %


@pytest.fixture
def laptop_150(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP_150)


def test_the_kit_page_stays_whole_after_the_pdf_is_saved(  # type: ignore[no-untyped-def]
        laptop_150: None, fresh_app: AppController, language: str, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_kit_page(wizard, qtbot)
    page = wizard.kit_page
    wait_ops(qtbot)
    page.save_to(tmp_path / "kit.pdf")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "kit.pdf" in page.saved_label.text(), timeout=10_000)
    qtbot.wait(50)  # the layout's next passes
    room = screen_fit.inner_room(LAPTOP_150).size()
    assert wizard.height() <= room.height(), wizard.size()
    assert not squeezed_labels(page), squeezed_labels(page)
    lines = [page.program, page.about, page.key_label, page.fingerprint, page.print_button, page.save_button,
             page.saved_label, page.kept]
    assert not drawn_over(lines, page), drawn_over(lines, page)
    # "I have kept it" within the page's view, not scrolled away: the wizard waits on it.
    kept = page.kept.mapTo(page, page.kept.rect().bottomLeft())
    assert page.kept.isVisible() and kept.y() <= page.height(), (kept, page.size())
    monkeypatch.setattr(create_wizard, "ask_yes_no", answering(True))
    wizard.reject()
    wait_ops(qtbot)
