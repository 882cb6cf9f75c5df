"""A file's name from outside shown in a clinician's look (gui/outside_names.py): a text-direction
override or control character one visible mark, never reordering the text, never an engineer's
"\\u202e" (a walker, round 46: the Attachments list said "evil\\u202egnp"). Real vault, real chart."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.names import character_kind
from vault_app.gui.controller import AppController
from vault_app.gui.outside_names import MARK, disguised, shown_name
from vault_app.services import attachments

SHOWN = [
    ("evil\u202egnp.png", f"evil{MARK}gnp.png"),  # attached from the file chooser: the override itself
    ("evil\\u202egnp", f"evil{MARK}gnp"),  # a title an import made: its visible escape
    ("a\u2066b\u2069c.pdf", f"a{MARK}b{MARK}c.pdf"),  # isolates
    ("bell\x07.pdf", f"bell{MARK}.pdf"),
    ("two\nlines\tand tab.pdf", "two lines and tab.pdf"),
    ("Informe de evaluación — niño (2).pdf", "Informe de evaluación — niño (2).pdf"),  # ordinary text kept
    ("C:\\users\\u0041lex.pdf", "C:\\users\\u0041lex.pdf"),  # an escape of an ordinary letter is not read back
    ("עברית.pdf", "עברית.pdf"),
]


@pytest.mark.parametrize(("name", "shown"), SHOWN)
def test_a_name_is_shown_safely(name: str, shown: str) -> None:
    assert shown_name(name) == shown
    assert all(character_kind(ch) is None for ch in shown_name(name))
    assert disguised(name) is (MARK in shown)


@pytest.mark.gui
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_attachments_list_shows_a_disguised_name_with_a_mark(unlocked_app: AppController, qtbot,
                                                                  tmp_path: Path, language: str,
                                                                  request: pytest.FixtureRequest) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Ezra Evilname")
    tab = window.chart.attachments
    window.chart.tabs.setCurrentWidget(tab)
    scan = tmp_path / "evil\u202egnp.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scan\n")
    tab.attach(scan, "consent")  # as the file chooser gives it
    wait_ops(qtbot)
    attachments.add_attachment(vault, client_id, b"%PDF-1.4\n% imported\n", kind="other",
                               filename="imported\u202efdp.exe", description="imported\\u202efdp")  # an import's
    window.chart.reload()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2, timeout=10_000)
    titles = sorted(tab.tree.topLevelItem(i).text(1) for i in range(2))
    assert titles == [f"evil{MARK}gnp.pdf", f"imported{MARK}fdp"]
    tips = {tab.tree.topLevelItem(i).text(1): tab.tree.topLevelItem(i).toolTip(1) for i in range(2)}
    said = {"en": f"A character that can disguise a file's name is shown as {MARK}.",
            "es": f"Un carácter que puede disfrazar el nombre de un archivo se muestra como {MARK}."}[language]
    assert said in tips[f"evil{MARK}gnp.pdf"]
    assert f"imported{MARK}fdp.exe" in tips[f"imported{MARK}fdp"] and said in tips[f"imported{MARK}fdp"]
