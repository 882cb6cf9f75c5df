"""The Spanish statement names a session's fee as the Spanish screens do (Account, Fees: "Honorarios",
"sin honorario fijado"), never "Tarifa"/"sin tarifa fijada" (found: the client read one word on
paper and the therapist another on the screen). The screens' words are read from
the translation file, so a change on one side only fails here."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import vault_app
from vault_app.domain.letter_words_es import STATEMENT_ES


def _screen(context: str, source: str) -> str:
    root = ET.parse(Path(vault_app.__file__).parent / "gui" / "translations" / "es.ts").getroot()  # noqa: S314 - ours
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError((context, source))


def test_the_statements_fee_words_are_the_screens() -> None:
    assert STATEMENT_ES.columns["Fee"] == _screen("FeesDialog", "Fee")
    assert STATEMENT_ES.no_fee == _screen("AccountDialog", "no fee set")
    assert "tarifa" not in (STATEMENT_ES.columns["Fee"] + STATEMENT_ES.no_fee).lower()
