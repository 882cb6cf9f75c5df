"""After Back up now, the Backups window's result line says "made {time}" (the lock's backup found the
newest) and "as it was at {time}, when the backup began": moments on this computer's clock, like every
backup's (gui/practice_clock.moment_here), so its zone is named where the practice's clock is another.

Found (round 44): those two were shown on the computer's clock with no zone, beside a window whose other
moments said whose clock they were on (tests/gui/test_moments_zone_named.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from tests.gui.test_moments_zone_named import MADRID, STAMP, in_madrid  # noqa: F401 (a fixture)
from tests.local_clock import us_clock
from vault_app.gui import practice_clock
from vault_app.gui.backups_said import BackupsSaid
from vault_app.services.backup_now import NewestAlready

pytestmark = pytest.mark.gui


class _Said(BackupsSaid, QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.result_label = QLabel(self)


@pytest.mark.parametrize("practice_zone", ["America/Los_Angeles", "Europe/Paris", ""])
def test_back_up_now_s_moments_name_this_computer_s_zone(in_madrid: None, qtbot, practice_zone: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    practice_clock.set_zone(practice_zone)
    named = practice_zone == "America/Los_Angeles"
    shown = us_clock(STAMP, MADRID, named=named)
    said = _Said()
    qtbot.addWidget(said)
    said._backed_up_now(NewestAlready("vault-backup-2026-12-07.vaultbackup", STAMP))
    assert f"(made {shown})" in said.result_label.text()
    said.result_label.setText("Backed up.")
    said._saved_since(SimpleNamespace(began=STAMP, changed_since=True))  # type: ignore[arg-type]
    assert f"as it was at {shown}, when the backup began" in said.result_label.text()
    assert ("CET" in said.result_label.text()) is named
