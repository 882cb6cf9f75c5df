"""The destruction's last page says the new backup the destruction made once it purged the
backups (services/destruction_new_backup.py), or, plainly, that none could be made and that an
older copy put back would not know of the destruction (found by a walker: an older copy put
back showed a destroyed note until one more backup was made by hand)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _certificate(after: dict[str, object] | None) -> dict[str, object]:
    cert: dict[str, object] = {
        "certificate_id": "DC-9", "chart_number": "1009", "completed_at": "2026-12-06T01:22:40+00:00",
        "counts": {"clients": 1}, "verification": {"result": "passed", "backups": [], "backups_not_reachable": []}}
    return cert if after is None else {**cert, "backup_after": after}


def test_the_new_backup_is_said(qapp: object) -> None:
    from vault_app.gui.destruction_texts import certificate_text

    made = certificate_text(_certificate({"made": True, "folder": "/media/usb"}))
    assert "A new backup was made so that an older copy of this vault, put back, knows of this destruction" in made
    failed = certificate_text(_certificate({"made": False, "folder": "/media/usb", "error": "the disk is full"}))
    assert "No new backup could be made (the disk is full)" in failed, failed
    assert "would not know of this destruction" in failed and "Back up now" in failed, failed
    assert "new backup" not in certificate_text(_certificate(None))  # no backup purged: nothing said


def test_and_in_spanish(qapp: object, spanish: None) -> None:
    from vault_app.gui.destruction_texts import certificate_text

    made = certificate_text(_certificate({"made": True}))
    assert "Se hizo una copia de seguridad nueva" in made, made
    failed = certificate_text(_certificate({"made": False, "error": "x"}))
    assert "No se pudo hacer una copia de seguridad nueva (x)" in failed, failed
