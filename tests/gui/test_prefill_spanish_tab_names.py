"""The draft an attended visit starts with names the chart's tabs as the screen does. Found by
the Spanish walker (shot 47): the Spanish draft said goals are set "en la pestaña Overview del
expediente", English in text that is signed if left in; the tab reads "Resumen". The Spanish
titles are read from es.ts, the file the screen's words come from. Since a walker signed that
instruction into a note ("Adjustment improving.Treatment plan: none yet ..."), it is the empty
Assessment box's greyed placeholder (note_templates.ASSESSMENT_HINT), never the note's text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from defusedxml import ElementTree

from vault_app.domain.note_templates import ASSESSMENT_HINT
from vault_app.gui.chart_view import TAB_TITLES

pytestmark = pytest.mark.gui
ES_TS = Path(__file__).parents[2] / "vault_app" / "gui" / "translations" / "es.ts"


def spanish_tab_titles() -> dict[str, str]:
    """English tab title -> Spanish, as the ChartView context of es.ts says them (no '&')."""
    found: dict[str, str] = {}
    for context in ElementTree.parse(ES_TS).getroot().iter("context"):
        if context.findtext("name") != "ChartView":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.findtext("translation") or ""
            if source in TAB_TITLES:
                found[source.replace("&&", "&")] = translation.replace("&&", "&").replace("&", "")
    return found


def test_every_tab_title_has_its_spanish() -> None:
    assert len(spanish_tab_titles()) == len(TAB_TITLES)


def spanish_hint() -> str:
    for context in ElementTree.parse(ES_TS).getroot().iter("context"):
        if context.findtext("name") == "NoteTemplates":
            for message in context.iter("message"):
                if message.findtext("source") == ASSESSMENT_HINT:
                    return message.findtext("translation") or ""
    return ""


def test_the_spanish_placeholder_names_tabs_by_their_spanish_titles() -> None:
    titles = spanish_tab_titles()
    words = spanish_hint()
    named = re.findall(r"pestaña (\w+)", words)
    assert named, words  # the draft does name a tab: else this test proves nothing
    assert [n for n in named if n not in titles.values()] == []
    english = [t for t, es in titles.items() if t != es and re.search(rf"\b{re.escape(t)}\b", words)]
    assert english == []


def test_the_english_placeholder_names_tabs_by_their_english_titles() -> None:
    named = re.findall(r"chart's (\w+)", ASSESSMENT_HINT)
    assert named and all(n in spanish_tab_titles() for n in named)
