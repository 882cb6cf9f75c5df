"""Every entry a request logs in the chart's History reads in the screen's language. Found by a
walker on Spanish screens (wes, round 37): after saving a denial letter as a PDF, the History tab read
"request: letter saved (tipo: enmienda)" among Spanish lines; request.letter_saved had no words.
The request kinds are read from the services' own calls, so a new one without words fails here."""

from __future__ import annotations

import re
from pathlib import Path

import vault_app.services
from vault_app.gui import i18n
from vault_app.gui.history_words import EVENTS, describe_event

SERVICES = Path(vault_app.services.__file__).parent
LOGGED = re.compile(r"(?:\b_?log|request_records\.log)\(\s*vault,\s*\"([a-z_]+\.[a-z_]+)\"")


def _request_kinds() -> set[str]:
    return {kind for path in SERVICES.rglob("*.py") for kind in LOGGED.findall(path.read_text(encoding="utf-8"))}


def test_every_kind_a_request_logs_has_history_words() -> None:
    kinds = _request_kinds()
    assert "request.received" in kinds and "amendment.accepted" in kinds, kinds  # the scan finds them
    assert sorted(kind for kind in kinds if kind not in EVENTS) == []


def test_a_saved_letter_reads_in_spanish(qtbot) -> None:  # type: ignore[no-untyped-def]
    payload = {"client_id": "c1", "request_id": "R-1", "letter_id": "L-1", "kind": "amendment"}
    assert describe_event("request.letter_saved", payload).startswith("Letter about a request saved")
    assert i18n.install("es") == "es"
    try:
        assert describe_event("request.letter_saved", payload).startswith("Carta sobre una solicitud guardada")
    finally:
        i18n.install("en")
