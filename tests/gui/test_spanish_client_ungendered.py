"""The Spanish words never guess the client's gender where the English says "for them": the
authorization's hint said "firma el representante por él" for a girl (found on Xvfb, Registrar
una autorización). "En su nombre" needs no gender. Read from the real es.ts, every message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from defusedxml import ElementTree as ET

import vault_app.gui

ES_TS = Path(vault_app.gui.__file__).parent / "translations" / "es.ts"
# "por él" / "por ella" stand for a person acting for the client; "de él" (of a thing) is not one,
# nor "por ella" of a note ("no se factura nada por ella"): only messages about a client or "them".
GENDERED = re.compile(r"\bpor (él|ella)\b")


def _translations() -> list[tuple[str, str]]:
    root = ET.parse(ES_TS).getroot()
    return [(m.findtext("source") or "", m.findtext("translation") or "") for m in root.iter("message")]


def test_no_spanish_message_says_who_acts_for_the_client_by_gender() -> None:
    found = [(source, spanish) for source, spanish in _translations()
             if GENDERED.search(spanish) and re.search(r"\b(client|them|their)\b", source)]
    assert not found, found


@pytest.mark.parametrize(("text", "gendered"), [
    ("así que firma el representante por él", True),
    ("firma la autorización por ella, con", True),
    ("así que firma el representante en su nombre", False),
    ("Ya no se puede abrir nada de él.", False),
])
def test_the_check_tells_the_gendered_wording_apart(text: str, gendered: bool) -> None:
    assert bool(GENDERED.search(text)) == gendered
