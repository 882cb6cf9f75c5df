"""The destruction's last page (and Records > Destructions' certificate) names the unfinished
copies on a drive away that may still hold the chart (a killed backup's or purge's unpacked copy),
as the certificate's PDF does; found by a walker: only the certificate's JSON named them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui

AWAY = "/media/usb"


def _certificate(beyond: list[str]) -> dict[str, object]:
    return {"certificate_id": "DC-3", "chart_number": "1003", "completed_at": "2026-12-02T01:22:40+00:00",
            "counts": {"clients": 1},
            "verification": {"result": "passed", "backups": [], "backups_not_reachable": [],
                             "unfinished_copies_beyond_reach": [{"path": p, "status": "beyond reach"}
                                                                for p in beyond]}}


def test_the_copies_beyond_reach_are_named(qapp: object) -> None:
    from vault_app.gui.destruction_texts import certificate_text

    text = certificate_text(_certificate([AWAY]))
    assert "1 unfinished copy of the vault, left by an interrupted backup or purge" in text, text
    assert AWAY in text and "connect that drive" in text, text
    assert "unfinished copy" not in certificate_text(_certificate([]))


def test_and_in_spanish(qapp: object, spanish: None) -> None:
    from vault_app.gui.destruction_texts import certificate_text

    text = certificate_text(_certificate([AWAY, "/media/other"]))
    assert "2 copias sin terminar de la bóveda" in text and AWAY in text, text
