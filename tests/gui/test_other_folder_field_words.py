"""A refused backup folder (of another copy, of another vault) is said with the field the
therapist changes, by the name the Backups window gives it: "Back up to" ("Copiar en"). The
words said "(Vault > Backups…, Backup folder)": no field has that name, and the therapist who
reads them is often in that very window already."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from vault_app.gui.refusal_words import refusal_words
from vault_app.services import backup_lineage


def _field() -> str:
    """The Backups window's label of the folder field, as the window shows it, without its colon."""
    # Its Alt letter (gui/backups.py: "Back up &to:") is no part of the name the therapist reads.
    return QCoreApplication.translate("BackupsDialog", "Back up &to:").replace("&", "").rstrip(":").strip()


@pytest.mark.parametrize("refusal", [backup_lineage._refusal, backup_lineage._not_opening])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_hint_names_the_backups_window_s_field_and_only_it(
    refusal: object, language: str, qapp: object, tmp_path: Path
) -> None:
    from vault_app.gui import i18n

    assert i18n.install(language) == language
    try:
        refused = refusal(tmp_path / "Copias", tmp_path / "Copias" / "snap-x.vrs")  # type: ignore[operator]
        _message, hint = refusal_words(refused)
        field = _field()
    finally:
        i18n.install("en")
    assert field == ("Back up to" if language == "en" else "Copiar en")
    assert field in hint, hint
    assert "Backup folder" not in hint and "Carpeta de copias" not in hint, hint
    assert ">" not in hint and "vault-app" not in hint, hint  # no menu path, no command
